// Judges one rule match: drops what is certainly not a live secret (placeholders, environment
// references, known public samples, ciphertext, values that are something else) and rates
// the rest (confidence.ts). This is where a false alarm is decided.
import { knownPrefix } from '../../providers/prefixes';
import type { Rule, RuleBasis } from '../types';
import { isCiphertextValue } from './ciphertext';
import { judgeCodePattern } from './codePattern';
import type { Judgment } from './judgment';
import { rate, REGULAR } from './confidence';
import { shannonEntropy } from './entropy';
import { isEnvReference } from './envReferences';
import { isExpiredToken } from './expiry';
import type { FileFacts } from './fileFacts';
import { isGenericNoise, looksRandom } from './genericValue';
import { isKnownSample } from './knownSamples';
import { isPlaceholder, regularity } from './placeholders';

export function basisOf(rule: Rule): RuleBasis {
  if (rule.basis) return rule.basis;
  if (rule.generic) return 'name';
  return rule.secretGroup === undefined ? 'format' : 'context';
}

/**
 * `secret` is the captured value, `context` the whole match (name, operator and value),
 * `start` the match's offset in the file.
 */
export function judge(
  rule: Rule,
  secret: string,
  context: string,
  start: number,
  end: number,
  facts: FileFacts,
): Judgment | undefined {
  if (rule.fileRoles && !rule.fileRoles.includes(facts.role)) return undefined;
  if (rule.category === 'insecure-pattern') return judgeCodePattern(secret, start, facts);
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return undefined;
  if (isKnownSample(secret) || isPlaceholder(secret) || isEnvReference(secret) || isCiphertextValue(secret))
    return undefined;
  const basis = basisOf(rule);
  // Format-agnostic rules: the value must not be recognisably something else.
  if (
    rule.generic &&
    basis !== 'format' &&
    isGenericNoise(secret, facts.lineBefore(start) + context, rule.passwordValues !== true)
  )
    return undefined;
  if (facts.isEncrypted) return undefined;
  // `video_box.ico-7a38...png`: a token-shaped part of a file name is a content hash.
  if (basis === 'format' && facts.isFileNameAt(end)) return undefined;
  // A provider's prefix on a value its own rules rejected: a truncated or fake token, not a generic secret.
  if (basis === 'name' && knownPrefix(secret).length >= 4) return undefined;
  const passed = rule.validate ? rule.validate(secret) : undefined;
  // A provider's checksum is evidence beyond the format; a generic rule's check (a JOSE header,
  // base64 of user:password) only confirms the shape the rule already matched, so it can demote
  // but not raise.
  const checked = rule.generic && passed === true ? undefined : passed;
  const typed = regularity(secret);
  const random = typed < REGULAR && looksRandom(secret);
  const rating = rate({
    basis,
    checked,
    random,
    regularity: typed,
    role: facts.role,
    inComment: facts.inComment(start),
    expired: isExpiredToken(secret),
  });
  return rating && { ...rating, demoted: checked === false };
}
