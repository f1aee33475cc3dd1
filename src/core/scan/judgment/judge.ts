// Judges one rule match: drops what is certainly not a live secret (placeholders, environment
// references, known public samples, ciphertext, values that are something else) and rates
// the rest (confidence.ts). This is where a false alarm is decided.
import { knownPrefix } from '../../providers/prefixes';
import type { Confidence, FileRole, Rule, RuleBasis } from '../types';
import { isCiphertextValue, isEncryptedDocument } from './ciphertext';
import { judgeCodePattern } from './codePattern';
import { commentLineTest } from './comments';
import { rate, REGULAR } from './confidence';
import { shannonEntropy } from './entropy';
import { isEnvReference } from './envReferences';
import { isExpiredToken } from './expiry';
import { fileRoleOf } from './fileRole';
import { isGenericNoise, looksRandom } from './genericValue';
import { isKnownSample } from './knownSamples';
import { isPlaceholder, regularity } from './placeholders';

/** Words of code that authenticates: logins, sessions, bearer tokens, OAuth, JWTs, API keys. */
const AUTHENTICATION =
  /authori[sz]|authenticat|bearer|jwt|oauth|login|log_in|logged|sign[_-]?in|session|credential|passw|api[_-]?key|access[_-]?token/i;
/** How far back on its line a match's name and comment markers are looked for. */
const LOOK_BEHIND = 200;

export interface Judgment {
  confidence: Confidence;
  reason: string;
  /** The rule's structural check failed: reported at info severity. */
  demoted: boolean;
}

/** What is known about the file being scanned, computed once per file and only when needed. */
export class FileFacts {
  private encrypted?: boolean;
  private authentication?: boolean;
  readonly role: FileRole;
  private readonly commentLine: RegExp | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    this.role = fileRoleOf(file);
    this.commentLine = commentLineTest(file);
  }

  /** The line's text before `offset`: the full name before a match that starts at a secret word. */
  /** Bounded (LOOK_BEHIND characters) so that a match in a megabyte-long line costs the same as any other. */
  lineBefore(offset: number): string {
    const window = this.text.slice(Math.max(0, offset - LOOK_BEHIND), offset);
    return window.slice(window.lastIndexOf('\n') + 1);
  }

  /**
   * Whether `offset` is on a comment line of the file's language (see comments.ts): a line
   * comment or a comment block's continuation line, for lines up to LOOK_BEHIND long.
   */
  inComment(offset: number): boolean {
    if (!this.commentLine) return false;
    const start = Math.max(0, offset - LOOK_BEHIND);
    const line = this.lineBefore(offset);
    const wholeLine = start === 0 || line.length < offset - start;
    return wholeLine && this.commentLine.test(line);
  }

  /** Whether a file extension follows `offset` (`.png`, `.js`): the match was part of a file name. */
  isFileNameAt(offset: number): boolean {
    return /^\.(?:png|jpe?g|gif|svg|ico|webp|js|mjs|css|json|html?|woff2?|ttf|map|txt|pdf|zip|gz)\b/i.test(
      this.text.slice(offset, offset + 8),
    );
  }

  /** Whether the file deals with authentication at all (see codePattern.ts). */
  get mentionsAuthentication(): boolean {
    this.authentication ??= AUTHENTICATION.test(this.text);
    return this.authentication;
  }

  get isEncrypted(): boolean {
    this.encrypted ??= isEncryptedDocument(this.text);
    return this.encrypted;
  }
}

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
