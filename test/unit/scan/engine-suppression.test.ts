import assert from 'node:assert/strict';
import { createScanner } from '../../../src/core/scan/engine';
import { LineIndex } from '../../../src/core/scan/position';
import { Suppressions } from '../../../src/core/scan/suppression';
import type { Rule } from '../../../src/core/scan/types';
import { FakeSecrets } from '../../fixtures/generic/fake';

const rule = (id: string, keyword: string): Rule => ({
  id,
  description: id,
  provider: 'demo',
  category: 'secret',
  keywords: [keyword],
  pattern: new RegExp(`${keyword}([A-Za-z0-9]{24})`),
  secretGroup: 1,
  severity: 'error',
  docs: 'Demo.',
});
const scanner = createScanner([rule('alpha-token', 'alpha_'), rule('beta-token', 'beta_')]);

describe('engine: inline suppressions', () => {
  const fake = new FakeSecrets(5);
  const alpha = () => `alpha_${fake.chars(24)}`;
  const beta = () => `beta_${fake.chars(24)}`;
  const ids = (text: string) => scanner.scanText(text, 'a.ts').map((f) => `${f.line}:${f.ruleId}`);

  it('reports when no marker is present (control)', () => {
    assert.deepEqual(ids(`x = "${alpha()}"`), ['1:alpha-token']);
  });

  const sameLine = [
    '// keyward-ignore',
    '# gitleaks:allow',
    '# pragma: allowlist secret',
    '// secretlint-disable-line',
    '/* keyward-ignore: test fixture */',
  ];
  for (const marker of sameLine) {
    it(`honours "${marker}" on the same line`, () => {
      assert.deepEqual(ids(`x = "${alpha()}" ${marker}\ny = "${alpha()}"`), ['2:alpha-token']);
    });
  }

  it('honours keyward-ignore-next-line for the following line only', () => {
    assert.deepEqual(ids(`// keyward-ignore-next-line\nx = "${alpha()}"\ny = "${alpha()}"`), ['3:alpha-token']);
  });

  for (const marker of ['# pragma: allowlist nextline secret', '// secretlint-disable-next-line']) {
    it(`honours "${marker}" for the following line`, () => {
      assert.deepEqual(ids(`${marker}\nx = "${alpha()}"\ny = "${alpha()}"`), ['3:alpha-token']);
    });
  }

  it('does not let keyward-ignore-next-line suppress its own line', () => {
    assert.deepEqual(ids(`x = "${alpha()}" // keyward-ignore-next-line`), ['1:alpha-token']);
  });

  it('limits keyward-ignore <rule-id> to that rule', () => {
    assert.deepEqual(ids(`x = ["${alpha()}", "${beta()}"] // keyward-ignore alpha-token`), ['1:beta-token']);
    assert.deepEqual(ids(`// keyward-ignore-next-line beta-token, alpha-token\nx = ["${alpha()}", "${beta()}"]`), []);
  });

  it('applies a marker on the first line of a multi-line finding', () => {
    const pemRule: Rule = {
      ...rule('block', 'begin'),
      keywords: ['-----begin'],
      multiline: true,
      spanWholeMatch: true,
      pattern: /-----BEGIN X-----\n([A-Za-z0-9\n]{10,200})\n-----END X-----/,
    };
    const block = `-----BEGIN X-----\n${fake.chars(30)}\n${fake.chars(30)}\n-----END X-----`;
    const s = createScanner([pemRule]);
    assert.equal(s.scanText(block, 'k.pem').length, 1);
    assert.equal(s.scanText(`# keyward-ignore-next-line\n${block}`, 'k.pem').length, 0);
  });

  it('reads each line once, however many findings it holds (a minified line can hold thousands)', () => {
    const line = `x = "${alpha()}" // keyward-ignore beta-token`;
    const lines = new LineIndex(`${line}\n${line}`);
    let reads = 0;
    const lineText = lines.lineText.bind(lines);
    lines.lineText = (n: number) => {
      reads++;
      return lineText(n);
    };
    const suppressions = new Suppressions(lines, new Set(['alpha-token', 'beta-token']));
    for (let i = 0; i < 1000; i++) {
      assert.equal(suppressions.isSuppressed('alpha-token', 2), false);
      assert.equal(suppressions.isSuppressed('beta-token', 2), true);
    }
    assert.equal(reads, 2, 'line 2 and the line before it, once each');
  });
});
