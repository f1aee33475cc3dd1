import assert from 'node:assert/strict';
import { renderRulesDoc, VAULT_COPY_RULE_ID } from '../../../src/core/fixes/rulesDoc';
import { builtinRules } from '../../../src/core/scan/rules';

// Whether the committed media/rules.md is current is checked by `npm run generate:check`.
describe('the rule reference (media/rules.md)', () => {
  const { text, lines } = renderRulesDoc(builtinRules);

  it('has a heading for every built-in rule and for vault copies, at the line diagnostics link to', () => {
    const fileLines = text.split('\n');
    for (const id of [VAULT_COPY_RULE_ID, ...builtinRules.map((r) => r.id)]) {
      const line = lines.get(id);
      assert.ok(line, `no heading for ${id}`);
      assert.equal(fileLines[line - 1], `### ${id}`);
    }
  });
});
