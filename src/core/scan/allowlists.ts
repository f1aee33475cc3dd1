// Allowlists in `.keyward/config.json`, shaped like gitleaks' so that a migrated config keeps its
// meaning: a finding is allowed (not reported) when any criterion holds (`condition: "or"`), or
// every criterion given holds (`"and"`). Criteria: the file's path, the secret or its whole line
// matching a regex, the secret containing a stop word, the commit (history scans). Regexes take
// RE2 spelling as gitleaks writes it (see goRegex.ts).
import type { AllowlistConfig } from './allowlistSchema';
import { fromGoRegex } from './goRegex';

export interface AllowContext {
  ruleId: string;
  file: string;
  secret: string;
  line: string;
  commit?: string;
}

function compile(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => {
    const converted = fromGoRegex(p);
    if ('error' in converted) throw new Error(`allowlist regex ${p}: ${converted.error}`); // checked at load
    return new RegExp(converted.source, converted.flags);
  });
}

/** One test for all the allowlists: true when the finding is allowed. */
export function compileAllowlists(lists: readonly AllowlistConfig[]): (context: AllowContext) => boolean {
  const compiled = lists.map((list) => {
    const rules = list.rules && new Set(list.rules);
    const paths = compile(list.paths);
    const regexes = compile(list.regexes);
    const stopwords = list.stopwords.map((w) => w.toLowerCase());
    const commits = list.commits.map((c) => c.toLowerCase());
    return (c: AllowContext): boolean => {
      if (rules && !rules.has(c.ruleId)) return false;
      const results: boolean[] = [];
      if (commits.length > 0) results.push(c.commit !== undefined && commits.some((id) => c.commit!.startsWith(id)));
      if (paths.length > 0) results.push(paths.some((r) => r.test(c.file)));
      const target = list.regexTarget === 'line' ? c.line : c.secret;
      if (regexes.length > 0) results.push(regexes.some((r) => r.test(target)));
      const secret = c.secret.toLowerCase();
      if (stopwords.length > 0) results.push(stopwords.some((w) => secret.includes(w)));
      return list.condition === 'and' ? results.every(Boolean) : results.some(Boolean);
    };
  });
  return (context) => compiled.some((allows) => allows(context));
}
