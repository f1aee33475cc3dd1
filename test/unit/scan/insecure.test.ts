import assert from 'node:assert/strict';
import path from 'node:path';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { insecureRules } from '../../../src/core/scan/rules/insecure/index';
import { expectations, fixtureFiles, textAt } from '../../fixtures/generic/corpus';

const root = path.join(__dirname, '../../fixtures/insecure');
const scanner = createScanner(insecureRules);

describe('insecure-pattern rules (founding doc §6)', () => {
  const expected = expectations(root);

  for (const { name, text } of fixtureFiles(path.join(root, 'ng'))) {
    it(`${name}: flags each unsafe line as a warning naming the identifier`, () => {
      const findings = scanner.scanText(text, name);
      assert.deepEqual(
        findings.map((f) => `${f.line}:${f.ruleId}`),
        expected[name] ?? ['(no expectation listed)'],
      );
      for (const f of findings) {
        assert.equal(f.category, 'insecure-pattern');
        assert.equal(f.severity, 'warning');
        // The "masked" value is the identifier itself, and the range points at it.
        assert.equal(textAt(text, f), f.masked);
      }
    });
  }

  for (const { name, text } of fixtureFiles(path.join(root, 'ok'))) {
    it(`${name}: is silent on the safe forms (masked keys, lengths, string literals, other storage keys)`, () => {
      assert.deepEqual(
        createScanner(builtinRules)
          .scanText(text, name)
          .map((f) => `${f.line}:${f.ruleId}`),
        [],
      );
    });
  }

  it('reports the three "never do this" examples of the founding document by identifier', () => {
    const doc = fixtureFiles(path.join(root, 'ng')).find((f) => f.name === 'founding-doc.ts')!;
    assert.deepEqual(
      scanner.scanText(doc.text, doc.name).map((f) => `${f.line}:${f.ruleId}:${f.masked}`),
      [
        '4:insecure-decrypted-key-response:decryptedKey',
        '7:insecure-log-secret:apiKey',
        '10:insecure-web-storage-setitem:apiKey',
      ],
    );
  });
});
