// `.keyward/config.json`: the per-workspace scan configuration, validated with zod.
// The parsed value is plain JSON on purpose: it crosses into worker threads, where each
// worker compiles its own rules from it (RegExps and functions cannot be transferred).
// Parsing checks the document on its own and loads none of the built-in rules; extraRules.ts,
// which combines the two, refuses an extra rule that reuses a built-in id.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KeywardError } from '../errors';

export const CONFIG_FILE = '.keyward/config.json';
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

const extraRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)'),
  description: z.string().min(1),
  regex: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1, 'needs at least one keyword for the prefilter'),
  secretGroup: z.number().int().min(1).optional(),
  minEntropy: z.number().min(0).max(8).optional(),
  severity: z.enum(['error', 'warning', 'info']).default('error'),
});

const configSchema = z.strictObject({
  extraRules: z.array(extraRuleSchema).default([]),
  disabledRules: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
  gitignore: z.boolean().default(true),
  maxFileBytes: z.number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
});

export type ScanConfig = z.output<typeof configSchema>;
export type ExtraRuleConfig = ScanConfig['extraRules'][number];

/** The configuration used when a workspace has no `.keyward/config.json`. */
export function defaultScanConfig(): ScanConfig {
  return configSchema.parse({});
}

/** Reads `<root>/.keyward/config.json`; defaults when absent, `config-invalid` when wrong. */
export function loadScanConfig(root: string): ScanConfig {
  const file = path.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return defaultScanConfig();
    throw new KeywardError(`Cannot read ${file}: ${(e as Error).message}`, 'io');
  }
  return parseScanConfig(text, file);
}

/** Validates config text; `label` names the file in error messages. */
export function parseScanConfig(text: string, label: string = CONFIG_FILE): ScanConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw invalidConfig(label, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const where = formatPath([...issue.path, ...keys.slice(0, 1)]);
    const what = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
    throw invalidConfig(label, `${where || '(root)'}: ${what}`);
  }
  checkExtraRules(parsed.data.extraRules, label);
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

/** A problem the schema cannot see: a regex that does not compile, or a group it lacks. */
function checkExtraRule(rule: ExtraRuleConfig): { field: string; message: string } | undefined {
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.regex);
  } catch (e) {
    return { field: 'regex', message: `does not compile (${(e as Error).message})` };
  }
  if (rule.secretGroup !== undefined) {
    // Alternating with the empty pattern always matches, which reveals the group count.
    const groups = new RegExp(`${pattern.source}|`).exec('')!.length - 1;
    if (rule.secretGroup > groups) {
      return { field: 'secretGroup', message: `is ${rule.secretGroup} but the regex has ${groups} group(s)` };
    }
  }
  return undefined;
}

/** The error for a config that breaks a rule; `label` names the file. */
export function invalidConfig(label: string, detail: string): KeywardError {
  return new KeywardError(`Invalid ${label}: ${detail}`, 'config-invalid');
}

/** `['extraRules', 0, 'regex']` -> `extraRules[0].regex`, the way users read JSON paths. */
function formatPath(parts: readonly PropertyKey[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
