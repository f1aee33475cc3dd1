// Allowlists in `.keyward/config.json`, shaped like gitleaks' so that a migrated config keeps its
// meaning: a finding is allowed (not reported) when any criterion holds (`condition: "or"`), or
// every criterion given holds (`"and"`). Criteria: the file's path, the secret or its whole line
// matching a regex, the secret containing a stop word, the commit (history scans). Regexes take
// RE2 spelling as gitleaks writes it (see goRegex.ts).
import { z } from 'zod';
import { fromGoRegex } from './goRegex';

export const allowlistSchema = z
  .strictObject({
    description: z.string().optional().describe('Why these findings are allowed.'),
    rules: z
      .array(z.string())
      .optional()
      .describe("Rule ids it applies to; every rule when absent (gitleaks' targetRules)."),
    condition: z
      .enum(['or', 'and'])
      .default('or')
      .describe('or: any criterion allows a finding; and: every criterion given must hold.'),
    paths: z.array(z.string()).default([]).describe('Regexes tested against the file path, relative to the scan root.'),
    regexes: z
      .array(z.string())
      .default([])
      .describe('Regexes tested against the secret (or its line, see regexTarget).'),
    regexTarget: z
      .enum(['secret', 'line'])
      .default('secret')
      .describe('What regexes test: the secret, or its whole line.'),
    stopwords: z
      .array(z.string().min(1))
      .default([])
      .describe('Allowed when the secret contains one of these, in any case.'),
    commits: z
      .array(z.string().regex(/^[0-9a-f]{4,64}$/i, 'must be a commit id'))
      .default([])
      .describe('Commit ids (full or abbreviated) whose findings a history scan allows.'),
  })
  .refine((a) => a.paths.length + a.regexes.length + a.stopwords.length + a.commits.length > 0, {
    message: 'needs at least one of paths, regexes, stopwords, commits',
  })
  .describe('Findings not to report: those that meet its criteria.');

export type AllowlistConfig = z.output<typeof allowlistSchema>;

export interface AllowContext {
  ruleId: string;
  file: string;
  secret: string;
  line: string;
  commit?: string;
}

/** A regex of an allowlist that does not compile, as `{ field, message }` for the config error. */
export function checkAllowlist(list: AllowlistConfig): { field: string; message: string } | undefined {
  for (const field of ['paths', 'regexes'] as const) {
    for (const [i, pattern] of list[field].entries()) {
      const converted = fromGoRegex(pattern);
      if ('error' in converted) return { field: `${field}[${i}]`, message: converted.error };
    }
  }
  return undefined;
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
