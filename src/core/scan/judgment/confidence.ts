// The one place where evidence becomes a confidence. Each finding starts from what its rule
// rests on (a provider's own format, a provider name or command in context, or only a
// secret-like name), gains from a passing checksum or a random-looking value and a config
// file, and loses for a value typed rather than generated or a file where samples live.
// Points: 3+ high, 2 medium, 1 low, 0 or less: not reported.
import type { Confidence, RuleBasis } from '../types';
import type { FileRole } from './fileRole';

export interface Evidence {
  basis: RuleBasis;
  /** The rule's structural check (checksum, decoding) passed; undefined when it has none. */
  checked?: boolean;
  /** The value has the structure and character classes of a generated key. */
  random: boolean;
  /** Share of the value in keyboard runs (1234, abcd), 0..1. */
  regularity: number;
  role: FileRole;
}

const BASIS_POINTS: Record<RuleBasis, number> = { format: 3, context: 2, name: 1 };
/** A value at least this regular was typed, not generated (see placeholders.regularity). */
export const REGULAR = 1 / 3;

export interface Rating {
  confidence: Confidence;
  /** A few words on why, for the Problems entry and reports. */
  reason: string;
}

export function rate(evidence: Evidence): Rating | undefined {
  const reasons: string[] = [BASIS_REASON[evidence.basis]];
  let points = BASIS_POINTS[evidence.basis];
  if (evidence.checked === true) {
    points += 1;
    reasons.push('checksum valid');
  } else if (evidence.checked === false) {
    // Kept for review at the lowest confidence: a truncated or mistyped copy is still worth a look.
    return { confidence: 'low', reason: `${reasons[0]}, format check failed` };
  }
  if (evidence.basis !== 'format' && evidence.random) {
    points += 1;
    reasons.push('random value');
  }
  if (evidence.regularity >= REGULAR) {
    // A name alone cannot outweigh a typed value; a provider's format or context can, barely.
    if (evidence.basis === 'name') return undefined;
    points -= 1;
    reasons.push('typed-looking value');
  }
  if (evidence.role !== 'config' && evidence.role !== 'source') {
    // Where samples live, a name alone is never enough, and docs are written to show keys.
    if (evidence.basis === 'name') return undefined;
    points -= evidence.role === 'docs' ? 2 : 1;
    reasons.push(ROLE_REASON[evidence.role]);
  } else if (evidence.role === 'config' && evidence.basis !== 'format') {
    points += 1;
    reasons.push('in a config file');
  }
  if (points <= 0) return undefined;
  const confidence = points >= 3 ? 'high' : points === 2 ? 'medium' : 'low';
  return { confidence, reason: reasons.join(', ') };
}

const ROLE_REASON = { docs: 'in documentation', test: 'in a test or example', vendored: 'in vendored code' };

const BASIS_REASON: Record<RuleBasis, string> = {
  format: "provider's token format",
  context: 'credential in context',
  name: 'secret-named value',
};
