import assert from 'node:assert/strict';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createScanner } from '../../../src/core/scan/engine';
import { genericRules } from '../../../src/core/scan/rules/generic/index';
import type { Rule } from '../../../src/core/scan/types';
import { FakeSecrets } from '../../fixtures/generic/fake';

const demo: Rule = {
  id: 'demo-token',
  description: 'Demo token',
  provider: 'demo',
  category: 'secret',
  keywords: ['demo_'],
  pattern: /demo_[A-Za-z0-9]{24}/,
  severity: 'error',
  docs: 'Demo.',
};
const scanner = createScanner([demo]);

describe('engine: positions and fingerprints', () => {
  const fake = new FakeSecrets(9);
  const token = () => `demo_${fake.chars(24)}`;
  const where = (text: string) => scanner.scanText(text, 'a').map((f) => [f.line, f.column, f.endLine, f.endColumn]);

  it('counts lines and columns from 1 with an exclusive end, on the first and last line', () => {
    const t = token();
    assert.deepEqual(where(t), [[1, 1, 1, 30]]);
    assert.deepEqual(where(`a\nb\n\tx=${t}`), [[3, 4, 3, 33]]);
    assert.deepEqual(where(`a\n${t}`), [[2, 1, 2, 30]]);
  });

  it('ignores the \\r of CRLF line endings', () => {
    assert.deepEqual(where(`one\r\ntwo ${token()}\r\nthree`), [[2, 5, 2, 34]]);
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    assert.deepEqual(where(`é😀 ${token()}`), [[1, 5, 1, 34]]);
  });

  it('spans a PEM block from BEGIN to just past END, across lines', () => {
    const pem = fake.pem('RSA PRIVATE KEY', 5);
    const findings = createScanner(genericRules).scanText(`key:\n${pem}\nrest`, 'k');
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]),
      [[2, 1, 8, 30]],
    );
  });

  it('finds PEM blocks with CRLF line ends and YAML indentation', () => {
    const pem = fake.pem('EC PRIVATE KEY', 3);
    const scanner = createScanner(genericRules);
    assert.equal(scanner.scanText(pem.replace(/\n/g, '\r\n'), 'k').length, 1);
    const yaml = `tls:\n  key: |\n${pem
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')}\n`;
    assert.deepEqual(
      scanner.scanText(yaml, 'values.yaml').map((f) => [f.line, f.column]),
      [[3, 5]],
    );
  });

  it('sorts findings by line then column', () => {
    const text = `${token()} ${token()}\n${token()}`;
    assert.deepEqual(
      where(text).map(([line, column]) => `${line}:${column}`),
      ['1:1', '1:31', '2:1'],
    );
  });

  it('fingerprints HMAC(salt, ruleId NUL secret): stable when the secret moves, distinct per secret and per salt', () => {
    const t = token();
    const salt = randomBytes(32);
    const keyed = createScanner([demo], { key: salt.toString('hex') });
    const [a] = keyed.scanText(`${t}`, 'a.ts');
    const [b] = keyed.scanText(`\n\n   const moved = "${t}";`, 'b.ts');
    assert.equal(a.fingerprint, b.fingerprint);
    assert.equal(a.fingerprint, createHmac('sha256', salt).update(`demo-token\0${t}`).digest('hex'));
    assert.notEqual(
      a.fingerprint,
      createHash('sha256').update(`demo-token\0${t}`).digest('hex'),
      'not the guessable hash',
    );
    assert.notEqual(keyed.scanText(token(), 'a')[0].fingerprint, a.fingerprint);
    const otherSalt = createScanner([demo], { key: randomBytes(32).toString('hex') });
    assert.notEqual(otherSalt.scanText(t, 'a.ts')[0].fingerprint, a.fingerprint);
    assert.equal(a.unkeyedFingerprint, undefined, 'the unkeyed hash only when asked for');
  });

  it('finds secrets far into a very long (minified) line and near its end', () => {
    const filler = 'var a=1;'.repeat(20000);
    const text = `${filler}${token()}${filler}x${token()}`;
    const findings = scanner.scanText(text, 'bundle.js');
    assert.deepEqual(
      findings.map((f) => f.column),
      [filler.length + 1, 2 * filler.length + 31],
    );
  });

  it('runs a rule without keywords over the whole text', () => {
    const any: Rule = { ...demo, id: 'no-keywords', keywords: [] };
    assert.equal(createScanner([any]).scanText(`x\n${token()}`, 'a').length, 1);
  });

  it('rejects non-ASCII keywords with a config error instead of never matching', () => {
    assert.throws(() => createScanner([{ ...demo, keywords: ['clé'] }]), { code: 'config-invalid' });
  });
});
