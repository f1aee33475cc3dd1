import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_DOC_PATH, renderRulesDoc, VAULT_COPY_RULE_ID } from '../../../src/core/fixes/rulesDoc';
import { builtinRules } from '../../../src/core/scan/rules';

const file = path.resolve(__dirname, '..', '..', '..', RULES_DOC_PATH);

describe('the rule reference (media/rules.md)', () => {
  const { text, lines } = renderRulesDoc(builtinRules);

  it('is current: regenerate with KEYWARD_UPDATE_RULES_DOC=1 after changing a rule', () => {
    if (process.env.KEYWARD_UPDATE_RULES_DOC === '1') writeFileSync(file, text);
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  it('has a heading for every built-in rule and for vault copies, at the line diagnostics link to', () => {
    const fileLines = text.split('\n');
    for (const id of [VAULT_COPY_RULE_ID, ...builtinRules.map((r) => r.id)]) {
      const line = lines.get(id);
      assert.ok(line, `no heading for ${id}`);
      assert.equal(fileLines[line - 1], `### ${id}`);
    }
  });
});
