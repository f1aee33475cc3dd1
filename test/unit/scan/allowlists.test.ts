import assert from 'node:assert/strict';
import { parseScanConfig } from '../../../src/core/scan/config';
import { scannerFor } from '../../../src/core/scan/configuredScanner';
import { fromGoRegex } from '../../../src/core/scan/goRegex';
import { randomToken } from './workspace-tree';

const rule = {
  id: 'acme-token',
  description: 'ACME token',
  regex: 'acme_live_([A-Za-z0-9]{32})',
  keywords: ['acme_live_'],
  secretGroup: 1,
};
const token = (body = randomToken(32)) => `acme_live_${body}`;

function found(allowlists: unknown[], text: string, file = 'src/app.ts', commit?: string): number {
  const config = parseScanConfig(JSON.stringify({ extraRules: [rule], allowlists }));
  return scannerFor(config)
    .scanText(text, file, commit)
    .filter((f) => f.ruleId === 'acme-token').length;
}

describe('allowlists', () => {
  it('allow by path, secret regex, line regex, stop word and commit (condition or)', () => {
    const line = `key = "${token()}"`;
    assert.equal(found([], line), 1);
    assert.equal(found([{ paths: ['(?:^|/)fixtures/'] }], line, 'test/fixtures/a.ts'), 0);
    assert.equal(found([{ paths: ['(?:^|/)fixtures/'] }], line, 'src/a.ts'), 1);
    assert.equal(found([{ stopwords: ['EXAMPLE'] }], `key = "${token(`example${randomToken(25)}`)}"`), 0);
    assert.equal(found([{ regexes: ['^[A-Z]{32}$'] }], `key = "${token('ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF')}"`), 0);
    assert.equal(found([{ regexes: ['(?i)mock'], regexTarget: 'line' }], `${line} // MOCK`), 0);
    assert.equal(found([{ regexes: ['(?i)mock'] }], `${line} // MOCK`), 1, 'the secret, not the line, by default');
    assert.equal(found([{ commits: ['abc1234'] }], line, 'a.ts', 'abc1234def'), 0);
    assert.equal(found([{ commits: ['abc1234'] }], line), 1, 'no commit outside history');
  });

  it('condition and needs every criterion given; rules limits it to those rules', () => {
    const line = `key = "${token()}"`;
    const both = { condition: 'and', paths: ['^test/'], regexes: ['(?i)key = '], regexTarget: 'line' };
    assert.equal(found([both], line, 'test/a.ts'), 0);
    assert.equal(found([both], line, 'src/a.ts'), 1);
    assert.equal(found([{ rules: ['another-rule'], paths: ['.*'] }], line), 1);
    assert.equal(found([{ rules: ['acme-token'], paths: ['.*'] }], line), 0);
  });

  it('is ignored in an untrusted workspace, and refused when a regex does not convert', () => {
    const config = parseScanConfig(JSON.stringify({ allowlists: [{ paths: ['.*'] }] }));
    const leak = `api_key = "${randomToken(32)}"`;
    assert.equal(scannerFor(config).scanText(leak, 'a.py').length, 0);
    assert.ok(scannerFor(config, { trusted: false }).scanText(leak, 'a.py').length > 0);
    assert.throws(
      () => parseScanConfig(JSON.stringify({ allowlists: [{ regexes: ['a(?i)b'] }] })),
      /allowlists\[0\]\.regexes\[0\]: inline flags/,
    );
    assert.throws(
      () => parseScanConfig(JSON.stringify({ allowlists: [{ description: 'empty' }] })),
      /needs at least one of/,
    );
  });
});

describe('RE2 spelling in config regexes', () => {
  it('turns leading flags, named groups, \\A \\z, \\Q..\\E and POSIX classes into JavaScript', () => {
    assert.deepEqual(fromGoRegex('(?i)(?P<key>tok)_[[:alnum:]]{4}\\z'), {
      source: '(?<key>tok)_[a-zA-Z0-9]{4}$',
      flags: 'i',
    });
    assert.deepEqual(fromGoRegex('\\Qa.b\\E[]x]'), { source: 'a\\.b[\\]x]', flags: '' });
    assert.deepEqual(fromGoRegex('(?i)a(?i:b)(?-s:c)'), { source: 'a(?:b)(?:c)', flags: 'i' });
  });

  it('refuses what JavaScript would read differently', () => {
    for (const pattern of ['a(?i)b', '(?i)(?-i:AKIA)', '\\p{Greek}', '(?U)a+', '(?m)\\Aa', '[[:^alpha:]]']) {
      assert.ok('error' in fromGoRegex(pattern), pattern);
    }
  });

  it('lets extra rules use it: a (?i) rule matches any case', () => {
    const config = parseScanConfig(
      JSON.stringify({ extraRules: [{ ...rule, regex: '(?i)acme_live_([a-z0-9]{32})' }] }),
    );
    assert.equal(scannerFor(config).scanText(`k = "${token().toUpperCase()}"`, 'a.ts').length, 1);
  });
});
