// The one place where evidence becomes a confidence. Each finding starts from what its rule
// rests on (a provider's own format, a provider name or command in context, or only a
// secret-like name), gains from a passing checksum or a random-looking value and a config
// file, and loses for a value typed rather than generated, a token past its expiry, or a
// place where samples live (docs, tests, vendored code, comments).
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
  /** The match sits on a comment line of the file's language. */
  inComment: boolean;
  /** The token says it has expired (a JWT's `exp`): it no longer authenticates anyone. */
  expired?: boolean;
}

const BASIS_POINTS: Record<RuleBasis, number> = { format: 3, context: 2, name: 1 };
/** A value at least this regular was typed, not generated (see placeholders.regularity). */
export const REGULAR = 1 / 3;

export interface Rating {
  confidence: Confidence;
  /** A few words on why, for the Problems entry and reports. */
  reason: string;
}

/**
 * Where the match sits: the file's role, or a comment line. A comment in code is
 * documentation; a comment in a config file may be a setting left in, so it weighs less.
 */
type Place = FileRole | 'code comment' | 'config comment';

/** Points lost where samples live; undefined where leaks live. */
const PLACE_PENALTY: Record<Place, [points: number, reason: string] | undefined> = {
  config: undefined,
  source: undefined,
  'config comment': [1, 'in a comment'],
  test: [1, 'in a test or example'],
  vendored: [1, 'in vendored code'],
  docs: [2, 'in documentation'],
  'code comment': [2, 'in a code comment'],
};

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
  if (evidence.expired) {
    points -= 1;
    reasons.push('expired');
  }
  const place = placeOf(evidence);
  const penalty = PLACE_PENALTY[place];
  if (penalty) {
    // Where samples live, a name alone is never enough, and docs are written to show keys.
    if (evidence.basis === 'name') return undefined;
    points -= penalty[0];
    reasons.push(penalty[1]);
  } else if (place === 'config' && evidence.basis !== 'format') {
    points += 1;
    reasons.push('in a config file');
  }
  if (points <= 0) return undefined;
  const confidence = points >= 3 ? 'high' : points === 2 ? 'medium' : 'low';
  return { confidence, reason: reasons.join(', ') };
}

function placeOf({ role, inComment }: Evidence): Place {
  if (!inComment) return role;
  if (role === 'config') return 'config comment';
  // Docs stay docs; tests and vendored code comment like any code.
  return role === 'docs' ? 'docs' : 'code comment';
}

const BASIS_REASON: Record<RuleBasis, string> = {
  format: "provider's token format",
  context: 'credential in context',
  name: 'secret-named value',
};
