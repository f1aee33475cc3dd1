// `.keyward/config.json`: the per-workspace scan configuration, validated with zod.
// The parsed value is plain JSON on purpose: it crosses into worker threads, where each
// worker compiles its own rules from it (RegExps and functions cannot be transferred).
// Parsing checks the document on its own and loads none of the built-in rules; extraRules.ts,
// which combines the two, refuses an extra rule that reuses a built-in id.
import path from 'node:path';
import { z } from 'zod';
import { readRegularFile, SIZE_LIMITS } from '../files/regularFile';
import { allowlistSchema, checkAllowlist } from './allowlistSchema';
import { CONFIG_FILE, DEFAULT_MAX_FILE_BYTES, invalidConfig } from './configFile';
import { fromGoRegex } from './goRegex';
import { findBacktrackingInput, PROBE_BUDGET_MS } from './regexBudget';
import { excludeMatcher } from './sources/excludeMatcher';

export { CONFIG_FILE, DEFAULT_MAX_FILE_BYTES, invalidConfig } from './configFile';
export const MIN_MAX_FILE_BYTES = 1024;
/** Paths of every kind: an exclude pattern that matches all of them would exclude every file. */
const ANY_FILES = ['a', 'a.txt', 'src/a.ts', 'deep/er/dir/file.py', '.env', 'config/settings.json'];

// The descriptions end up in schemas/config.schema.json, which VS Code shows while the file is edited.
const extraRuleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)')
      .describe('Rule id, kebab-case; not one of the built-in ids. Used in reports, baselines and keyward-ignore.'),
    description: z.string().min(1).describe('What the rule finds, e.g. "Acme API token".'),
    regex: z
      .string()
      .min(1)
      .describe('JavaScript regex, or RE2 as gitleaks writes it (a leading (?i), (?P<name>...), \\A, \\z).'),
    keywords: z
      .array(z.string().min(1))
      .min(1, 'needs at least one keyword for the prefilter')
      .describe('Literals that every match contains (any case); the regex runs only near them.'),
    secretGroup: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Capture group holding the secret; the whole match when absent.'),
    minEntropy: z
      .number()
      .min(0)
      .max(8)
      .optional()
      .describe('Minimum Shannon entropy of the secret, in bits per character.'),
    severity: z
      .enum(['error', 'warning', 'info'])
      .default('error')
      .describe('error and warning fail a scan; info does not.'),
  })
  .describe('A rule of this workspace (ignored in an untrusted workspace).');

export const scanConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema this file follows, for editors other than VS Code.'),
    extraRules: z
      .array(extraRuleSchema)
      .default([])
      .describe('Rules of this workspace, in addition to the built-in ones.'),
    disabledRules: z.array(z.string()).default([]).describe('Ids of rules not to run (built-in or extra).'),
    exclude: z
      .array(z.string())
      .default([])
      .describe('Paths not to scan, as .gitignore patterns (e.g. "test/fixtures/**").'),
    gitignore: z.boolean().default(true).describe('Also skip what .gitignore files exclude.'),
    maxFileBytes: z
      .number()
      .int()
      // Below this nearly every file would be skipped: a config must not be able to switch the scan off quietly.
      .min(MIN_MAX_FILE_BYTES, `must be at least ${MIN_MAX_FILE_BYTES}: smaller skips nearly every file`)
      .default(DEFAULT_MAX_FILE_BYTES)
      .describe('Files larger than this are skipped (and listed as skipped).'),
    failOnSkipped: z
      .boolean()
      .default(false)
      .describe('Exit 2 when a file or folder cannot be read, as with keyward scan --fail-on-skipped.'),
    allowlists: z
      .array(allowlistSchema)
      .default([])
      .describe('Findings not to report, as in gitleaks: by path, regex, stop word or commit.'),
  })
  .describe('Keyward scan configuration (.keyward/config.json).');

export type ScanConfig = z.output<typeof scanConfigSchema>;
export type ExtraRuleConfig = ScanConfig['extraRules'][number];

/** The configuration used when a workspace has no `.keyward/config.json`. */
export function defaultScanConfig(): ScanConfig {
  return scanConfigSchema.parse({});
}

/** Reads `<root>/.keyward/config.json`; defaults when absent, `config-invalid` when wrong. */
export function loadScanConfig(root: string): ScanConfig {
  const file = path.join(root, CONFIG_FILE);
  // A FIFO or `-> /dev/zero` in a pull request must not hang CI or the editor: regular files only.
  const read = readRegularFile(file, { what: 'scan configuration', maxBytes: SIZE_LIMITS.config });
  if (!read) return defaultScanConfig();
  return parseScanConfig(read.bytes.toString('utf8'), file);
}

/** Validates config text; `label` names the file in error messages. */
export function parseScanConfig(text: string, label: string = CONFIG_FILE): ScanConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // V8's message quotes the text around the error, which may be a secret: say where, never what.
    throw invalidConfig(label, `not valid JSON${jsonErrorPlace(text, (e as Error).message)}`);
  }
  const parsed = scanConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const where = formatPath([...issue.path, ...keys.slice(0, 1)]);
    const what = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
    throw invalidConfig(label, `${where || '(root)'}: ${what}`);
  }
  checkExtraRules(parsed.data.extraRules, label);
  parsed.data.allowlists.forEach((list, i) => {
    const problem = checkAllowlist(list);
    if (problem) throw invalidConfig(label, `allowlists[${i}].${problem.field}: ${problem.message}`);
  });
  checkExcludes(parsed.data.exclude, label);
  return parsed.data;
}

function checkExtraRules(rules: readonly ExtraRuleConfig[], label: string): void {
  const taken = new Set<string>();
  rules.forEach((rule, i) => {
    const where = `extraRules[${i}]`;
    if (taken.has(rule.id)) throw invalidConfig(label, `${where}.id: "${rule.id}" is already a rule id`);
    taken.add(rule.id);
    const problem = checkExtraRule(rule);
    if (problem) throw invalidConfig(label, `${where}.${problem.field}: ${problem.message}`);
  });
}

/** An exclude pattern matching every file switches the scan off: refused, not obeyed in silence. */
function checkExcludes(globs: readonly string[], label: string): void {
  globs.forEach((glob, i) => {
    const excluded = excludeMatcher([glob]);
    if (ANY_FILES.every((file) => excluded(file)))
      throw invalidConfig(label, `exclude[${i}]: excludes every file, which would leave nothing to scan`);
  });
}

/** A problem the schema cannot see: a regex that does not compile, or a group it lacks. */
function checkExtraRule(rule: ExtraRuleConfig): { field: string; message: string } | undefined {
  const converted = fromGoRegex(rule.regex);
  if ('error' in converted) return { field: 'regex', message: converted.error };
  // fromGoRegex compiled it already.
  const pattern = new RegExp(converted.source, converted.flags);
  const overrun = findBacktrackingInput(pattern, rule.keywords);
  if (overrun !== undefined) {
    return {
      field: 'regex',
      message:
        `backtracks catastrophically: it ran over ${PROBE_BUDGET_MS} ms on adversarial text #${overrun + 1} ` +
        '(64 KiB of its keywords, repeated characters or unterminated quotes); avoid nested or overlapping repetition such as (a+)+ or (a|aa)+',
    };
  }
  if (rule.secretGroup !== undefined) {
    // Alternating with the empty pattern always matches, which reveals the group count.
    const groups = new RegExp(`${converted.source}|`, converted.flags).exec('')!.length - 1;
    if (rule.secretGroup > groups) {
      return { field: 'secretGroup', message: `is ${rule.secretGroup} but the regex has ${groups} group(s)` };
    }
  }
  return undefined;
}

/** ` at line L, column C` from V8's "... at position N" (Node 20 and later), or nothing. */
function jsonErrorPlace(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** `['extraRules', 0, 'regex']` -> `extraRules[0].regex`, the way users read JSON paths. */
function formatPath(parts: readonly PropertyKey[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
