// The second keyword gate (`alsoKeywords`) has two implementations: a case-insensitive regex
// when a keyword has letters, plain `includes` when none has (quotes, `@`, `</`). Both must
// pass a window holding any one of the keywords and skip a window holding none.
import assert from 'node:assert/strict';
import { createScanner } from '../../../src/core/scan/engine';
import type { Rule } from '../../../src/core/scan/types';
import { FakeSecrets } from '../../fixtures/generic/fake';

const base: Rule = {
  id: 'gated',
  description: 'Gated demo',
  provider: 'demo',
  category: 'secret',
  keywords: ['marker'],
  pattern: /marker ([A-Za-z0-9]{23}Q)/,
  secretGroup: 1,
  severity: 'error',
  docs: 'Demo.',
};
const fake = new FakeSecrets(11);
const linesFound = (rule: Rule, lines: string[]) =>
  createScanner([rule])
    .scanText(lines.map((l) => `marker ${fake.chars(23)}Q ${l}`).join('\n'), 'a')
    .map((f) => f.line);

describe('engine: alsoKeywords gate', () => {
  it('with letters: matches any of them, case-insensitively', () => {
    const rule = { ...base, alsoKeywords: ['env', 'arg'] };
    assert.deepEqual(linesFound(rule, ['plain', 'ENV here', 'an Arg', 'nothing']), [2, 3]);
  });

  it('without letters: any one of several symbols opens the gate', () => {
    const rule = { ...base, alsoKeywords: ['"', "'", '`', '</'] };
    assert.deepEqual(linesFound(rule, ['plain', 'say "hi"', "it's", 'tick `x`', '<a></a>', '< /']), [2, 3, 4, 5]);
  });
});
