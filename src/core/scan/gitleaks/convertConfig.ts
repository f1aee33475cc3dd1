// A gitleaks config (TOML, parsed) as Keyward config: custom rules become extraRules, allowlists
// become allowlists, and a rule's `path` limit becomes an allowlist of every other path. Nothing
// is approximated in the direction of hiding more: what cannot be carried over exactly is either
// carried over so that it reports more, or left out, and each case is noted for the user.
import type { ExtraRuleConfig } from '../config';
import { fromGoRegex } from '../goRegex';
import {
  type Allowlist,
  convertAllowlist,
  type ImportNote,
  IMPORTED_PREFIX,
  note,
  strings,
  type Table,
} from './convertAllowlist';
import { requiredLiteral } from './keywords';

export interface ConvertedConfig {
  extraRules: ExtraRuleConfig[];
  allowlists: Allowlist[];
  notes: ImportNote[];
}

const tables = (value: unknown): Table[] =>
  Array.isArray(value) ? (value as Table[]) : value && typeof value === 'object' ? [value as Table] : [];

export function convertGitleaksConfig(toml: Table, takenIds: ReadonlySet<string>): ConvertedConfig {
  const out: ConvertedConfig = { extraRules: [], allowlists: [], notes: [] };
  const ids = new Map<string, string>();
  noteExtend(toml.extend as Table | undefined, out.notes);
  for (const rule of tables(toml.rules)) convertRule(rule, takenIds, ids, out);
  for (const list of [...tables(toml.allowlist), ...tables(toml.allowlists)]) {
    const targets = strings(list.targetRules);
    const rules = targets.map((id) => ids.get(id)).filter((id): id is string => id !== undefined);
    if (targets.length > 0 && rules.length === 0) {
      out.notes.push(note('allowlist', 'not imported', `targets only gitleaks' own rules (${targets.join(', ')})`));
      continue;
    }
    const converted = convertAllowlist(list, 'global allowlist', out.notes);
    if (converted) out.allowlists.push({ ...converted, ...(rules.length > 0 && { rules }) });
  }
  return out;
}

function noteExtend(extend: Table | undefined, notes: ImportNote[]): void {
  if (!extend) return;
  if (extend.useDefault)
    notes.push(
      note(
        'extend',
        'adapted',
        "gitleaks' default rules are not copied: Keyward's built-in rules cover those providers",
      ),
    );
  if (typeof extend.path === 'string')
    notes.push(note('extend', 'not imported', `extends ${extend.path}: import that file too`));
  const disabled = strings(extend.disabledRules);
  if (disabled.length > 0) {
    notes.push(
      note(
        'extend',
        'not imported',
        `disabledRules names gitleaks rules (${disabled.join(', ')}); Keyward's ids differ: list Keyward rule ids in disabledRules`,
      ),
    );
  }
}

function convertRule(rule: Table, takenIds: ReadonlySet<string>, ids: Map<string, string>, out: ConvertedConfig): void {
  const original = typeof rule.id === 'string' ? rule.id : '(unnamed)';
  const skip = (why: string): void => {
    out.notes.push(note(original, 'not imported', why));
  };
  if (rule.skipReport) return skip('reports nothing on its own (skipReport): it only serves [[rules.required]]');
  if (typeof rule.regex !== 'string') {
    return skip(
      typeof rule.path === 'string'
        ? 'flags files by name only (path without regex), which Keyward does not do'
        : 'adjusts a gitleaks default rule (no regex of its own)',
    );
  }
  const regex = fromGoRegex(rule.regex);
  if ('error' in regex) return skip(`regex: ${regex.error}`);
  let id =
    original
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+/, '') || 'rule';
  if (takenIds.has(id)) id = `gitleaks-${id}`;
  if (id !== original) out.notes.push(note(original, 'adapted', `imported as ${id}`));
  const keywords = strings(rule.keywords).map((k) => k.toLowerCase());
  if (keywords.length === 0) {
    const derived = requiredLiteral(regex.source);
    if (!derived)
      return skip('has no keywords and its regex has no literal every match contains: add keywords = [...]');
    keywords.push(derived);
    out.notes.push(note(original, 'adapted', `keyword "${derived}" taken from the regex`));
  }
  const groups = new RegExp(`${regex.source}|`, regex.flags).exec('')!.length - 1;
  const secretGroup =
    typeof rule.secretGroup === 'number' && rule.secretGroup > 0 ? rule.secretGroup : groups === 1 ? 1 : undefined;
  const entropy = typeof rule.entropy === 'number' && rule.entropy > 0 ? Math.min(rule.entropy, 8) : undefined;
  if (rule.required !== undefined)
    out.notes.push(
      note(original, 'adapted', 'its [[rules.required]] companions are not checked: it reports on its own'),
    );
  ids.set(original, id);
  out.extraRules.push({
    id,
    description: typeof rule.description === 'string' && rule.description ? rule.description : original,
    regex: rule.regex,
    keywords: [...new Set(keywords)],
    ...(secretGroup !== undefined && { secretGroup }),
    ...(entropy !== undefined && { minEntropy: entropy }),
    severity: 'error',
  });
  if (typeof rule.path === 'string') {
    const path = fromGoRegex(rule.path);
    if ('error' in path)
      out.notes.push(note(original, 'adapted', `applies to every file: its path limit ${path.error}`));
    else
      out.allowlists.push({
        description: `${IMPORTED_PREFIX}${original} applies only to paths matching ${rule.path}`,
        rules: [id],
        paths: [pathsOtherThan(path)],
      });
  }
  for (const list of [...tables(rule.allowlist), ...tables(rule.allowlists)]) {
    const converted = convertAllowlist(list, `allowlist of ${original}`, out.notes);
    if (converted) out.allowlists.push({ ...converted, rules: [id] });
  }
}

/** Every path that `path` does not match (gitleaks searches paths, unanchored). */
function pathsOtherThan(path: { source: string; flags: string }): string {
  return `${path.flags ? `(?${path.flags})` : ''}^(?![\\s\\S]*?(?:${path.source}))`;
}
