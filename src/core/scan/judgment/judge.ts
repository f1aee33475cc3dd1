// Judges one rule match: drops what is certainly not a live secret (placeholders, environment
// references, known public samples, ciphertext, values that are something else) and rates
// the rest (confidence.ts). This is where a false alarm is decided.
import type { Confidence, FileRole, Rule, RuleBasis } from '../types';
import { isCiphertextValue, isEncryptedDocument } from './ciphertext';
import { rate, REGULAR } from './confidence';
import { shannonEntropy } from './entropy';
import { isEnvReference } from './envReferences';
import { fileRoleOf } from './fileRole';
import { isGenericNoise, looksRandom } from './genericValue';
import { isKnownSample } from './knownSamples';
import { isPlaceholder, regularity } from './placeholders';

export interface Judgment {
  confidence: Confidence;
  reason: string;
  /** The rule's structural check failed: reported at info severity. */
  demoted: boolean;
}

/** What is known about the file being scanned, computed once per file and only when needed. */
export class FileFacts {
  private encrypted?: boolean;
  readonly role: FileRole;

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    this.role = fileRoleOf(file);
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

/** `secret` is the captured value, `context` the whole match (name, operator and value). */
export function judge(rule: Rule, secret: string, context: string, facts: FileFacts): Judgment | undefined {
  if (rule.fileRoles && !rule.fileRoles.includes(facts.role)) return undefined;
  // Insecure patterns name an identifier in code: only the file's role matters.
  if (rule.category === 'insecure-pattern') {
    return facts.role === 'sample' ? undefined : { confidence: 'medium', reason: 'pattern in code', demoted: false };
  }
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return undefined;
  if (isKnownSample(secret) || isPlaceholder(secret) || isEnvReference(secret) || isCiphertextValue(secret))
    return undefined;
  const basis = basisOf(rule);
  if (basis === 'name' && isGenericNoise(secret, context)) return undefined;
  if (facts.isEncrypted) return undefined;
  const checked = rule.validate ? rule.validate(secret) : undefined;
  const typed = regularity(secret);
  const random = typed < REGULAR && looksRandom(secret);
  const rating = rate({ basis, checked, random, regularity: typed, role: facts.role });
  return rating && { ...rating, demoted: checked === false };
}
