import assert from 'node:assert/strict';
import path from 'node:path';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { genericRules } from '../../../src/core/scan/rules/generic/index';
import { insecureRules } from '../../../src/core/scan/rules/insecure/index';
import { expectations, fixtureFiles, textAt } from '../../fixtures/generic/corpus';
import { FakeSecrets } from '../../fixtures/generic/fake';

const root = path.join(__dirname, '../../fixtures/generic');
const scanner = createScanner([...genericRules, ...insecureRules]);
const builtin = createScanner(builtinRules);

describe('generic rules: ng fixtures (real-format fake secrets in many formats)', () => {
  const expected = expectations(root);
  for (const { name, text } of fixtureFiles(path.join(root, 'ng'))) {
    it(`${name}: reports exactly the expected findings, none leaking the secret`, () => {
      const findings = scanner.scanText(text, name);
      assert.deepEqual(
        findings.map((f) => `${f.line}:${f.ruleId}`),
        expected[name] ?? ['(no expectation listed)'],
      );
      const json = JSON.stringify(findings);
      for (const f of findings) {
        // Password hashes are crackable, not usable as they are: reported a step lower.
        assert.equal(f.severity, f.category === 'credential-hash' ? 'warning' : 'error');
        // Every line of the reported span (a PEM body line, a password) stays out of the output.
        for (const piece of textAt(text, f)
          .split('\n')
          .filter((line) => line.length >= 8)) {
          assert.ok(!json.includes(piece), `${name}:${f.line} leaks ${f.ruleId} text`);
        }
      }
    });
  }

  it('lists an expectation for every ng fixture and no stale ones', () => {
    const names = fixtureFiles(path.join(root, 'ng')).map((f) => f.name);
    assert.deepEqual(Object.keys(expectations(root)).sort(), names);
  });
});

describe('generic rules: ok fixtures (placeholders, env references, examples, digests, paths)', () => {
  for (const { name, text } of fixtureFiles(path.join(root, 'ok'))) {
    it(`${name}: is silent with the generic rules and with every built-in rule`, () => {
      assert.deepEqual(
        scanner.scanText(text, name).map((f) => `${f.line}:${f.ruleId}`),
        [],
      );
      assert.deepEqual(
        builtin.scanText(text, name).map((f) => `${f.line}:${f.ruleId}`),
        [],
      );
    });
  }
});

describe('generic rules: files whose name is the evidence', () => {
  const fake = new FakeSecrets(31);

  it("reports Rails' master key by its file name, and the same digits nowhere else", () => {
    const key = `${fake.hex(32)}\n`;
    const at = (file: string) => builtin.scanText(key, file).map((f) => `${f.ruleId}:${f.confidence}`);
    assert.deepEqual(at('config/master.key'), ['rails-master-key:high']);
    assert.deepEqual(at('apps/shop/config/credentials/production.key'), ['rails-master-key:high']);
    assert.deepEqual(at('config/other.key'), []);
    assert.deepEqual(at('notes/master.key'), []);
    assert.deepEqual(at('config/master.key.txt'), []);
  });

  it('reports nothing in a master.key that holds something else', () => {
    assert.deepEqual(builtin.scanText('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', 'config/master.key'), []);
    assert.deepEqual(builtin.scanText(`${fake.hex(32)} ${fake.hex(32)}\n`, 'config/master.key'), []);
  });
});

describe('generic rules: shapes', () => {
  const keys = fixtureFiles(path.join(root, 'ng')).find((f) => f.name === 'keys.pem')!;

  it('reports a PEM block as one finding spanning BEGIN..END', () => {
    const [first] = scanner.scanText(keys.text, 'keys.pem');
    const span = textAt(keys.text, first);
    assert.ok(span.startsWith('-----BEGIN RSA PRIVATE KEY-----'));
    assert.ok(span.endsWith('-----END RSA PRIVATE KEY-----'));
    assert.equal(first.endLine - first.line, span.split('\n').length - 1);
  });

  it('demotes a JWT-shaped string whose header is not a JOSE header', () => {
    const notJose = Buffer.from('{"kind":"none","n":1}').toString('base64url');
    const token = `${notJose}.${Buffer.from('{"a":1}').toString('base64url')}.${'Zq8'.repeat(8)}x1Y`;
    const findings = scanner.scanText(`data: ${token}`, 'a.yaml').filter((f) => f.ruleId === 'jwt');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'info');
  });

  it('lets the provider rule win over a generic rule on the same secret', () => {
    const account = fixtureFiles(path.join(root, 'ng')).find((f) => f.name === 'service-account.json')!;
    assert.deepEqual(
      scanner.scanText(account.text, 'sa.json').map((f) => f.ruleId),
      ['private-key-pem'],
    );
    assert.deepEqual(
      builtin.scanText(account.text, 'sa.json').map((f) => f.ruleId),
      ['google-service-account-key'],
    );
  });
});
