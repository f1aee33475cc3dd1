// The schema of `allowlists` in `.keyward/config.json` (zod) and the load-time check of its regexes.
// Apart from allowlists.ts, which applies them, so that scan workers never load zod.
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
