// One gitleaks allowlist as a Keyward allowlist. Criteria carry over one for one; a regex that
// JavaScript would read differently drops the whole allowlist (so more is reported, never less),
// and `regexTarget = "match"` tests the secret, which lies inside the match.
import type { AllowlistConfig } from '../allowlistSchema';
import { fromGoRegex } from '../goRegex';

export type Allowlist = Partial<AllowlistConfig> & Pick<AllowlistConfig, 'description'>;
export type Table = Record<string, unknown>;

export interface ImportNote {
  /** A rule id, or `allowlist`, `extend`. */
  subject: string;
  kind: 'adapted' | 'not imported';
  note: string;
}

/** Marks the allowlists an import wrote, so that importing again replaces them. */
export const IMPORTED_PREFIX = 'gitleaks: ';

export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];

export function note(subject: string, kind: ImportNote['kind'], text: string): ImportNote {
  return { subject, kind, note: text };
}

export function convertAllowlist(list: Table, what: string, notes: ImportNote[]): Allowlist | undefined {
  const description = `${IMPORTED_PREFIX}${typeof list.description === 'string' && list.description ? list.description : what}`;
  const condition = typeof list.condition === 'string' ? list.condition.toLowerCase() : 'or';
  const regexes = strings(list.regexes);
  const paths = strings(list.paths);
  const bad = [...regexes, ...paths].map(fromGoRegex).find((r) => 'error' in r);
  if (bad && 'error' in bad) {
    notes.push(note('allowlist', 'not imported', `${what}: a regex ${bad.error}`));
    return undefined;
  }
  const stopwords = strings(list.stopwords);
  const commits = strings(list.commits);
  if (regexes.length + paths.length + stopwords.length + commits.length === 0) {
    notes.push(note('allowlist', 'not imported', `${what}: allows nothing (no paths, regexes, stopwords or commits)`));
    return undefined;
  }
  let regexTarget = typeof list.regexTarget === 'string' ? list.regexTarget : 'secret';
  if (regexTarget === 'match' && regexes.length > 0) {
    // The secret lies inside the match, so testing the secret allows no more than gitleaks did.
    notes.push(note('allowlist', 'adapted', `${what}: regexes test the secret, not the whole match`));
    regexTarget = 'secret';
  }
  return {
    description,
    condition: condition === 'and' || condition === '&&' ? 'and' : 'or',
    paths,
    regexes,
    regexTarget: regexTarget === 'line' ? 'line' : 'secret',
    stopwords,
    commits,
  };
}
