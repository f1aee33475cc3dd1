// media/rules.md, the rule reference that diagnostics link to (`code.target`). It is generated
// from the rules themselves by scripts/generate.ts (`npm test` checks the committed copy is
// current), and the extension links each rule id to the line of its heading in that file.
import type { Rule } from '../scan/types';

export const RULES_DOC_PATH = 'media/rules.md';
export const VAULT_COPY_RULE_ID = 'vault-key-copy';

const CATEGORY_TITLE = { secret: 'Secrets', 'insecure-pattern': 'Insecure patterns' } as const;

/** The markdown text and, for each rule id, the 1-based line of its heading. */
export function renderRulesDoc(rules: readonly Rule[]): { text: string; lines: Map<string, number> } {
  const out: string[] = [];
  const lines = new Map<string, number>();
  const heading = (id: string) => {
    out.push(`### ${id}`, '');
    lines.set(id, out.length - 1);
  };
  out.push(
    '# Keyward rules',
    '',
    'Every finding Keyward reports names one of these rules. Generated from `src/core/scan/rules`:',
    '`npm run build` (or `npm run generate`) rewrites it after a rule changes.',
    '',
    'Silence a finding on one line with `keyward-ignore <rule-id>` in a comment (or',
    '`keyward-ignore-next-line <rule-id>` on the line above), or accept it in `.keyward/baseline.json`.',
    '',
    '## Vault keys',
    '',
  );
  heading(VAULT_COPY_RULE_ID);
  out.push(
    'A value stored in the Keyward vault is written out in this file. Replace it with a reference to',
    'the environment variable of the same name (the quick fix does), and inject the vault into terminals',
    'and tasks instead. Recognised by a keyed fingerprint of the value: nothing is decrypted to find it.',
    '',
  );
  for (const category of ['secret', 'insecure-pattern'] as const) {
    const chosen = rules
      .filter((r) => r.category === category)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.push(`## ${CATEGORY_TITLE[category]} (${chosen.length})`, '');
    for (const rule of chosen) {
      heading(rule.id);
      out.push(
        `${rule.description}. Provider: \`${rule.provider}\`. Severity: ${rule.severity}.`,
        '',
        rule.docs.trim(),
        '',
      );
    }
  }
  return { text: out.join('\n'), lines };
}
