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
      assert.deepEqual(findings.map((f) => `${f.line}:${f.ruleId}`), expected[name] ?? ['(no expectation listed)']);
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
      assert.deepEqual(createScanner(builtinRules).scanText(text, name).map((f) => `${f.line}:${f.ruleId}`), []);
    });
  }

  it('reports the three examples of the founding document verbatim', () => {
    const doc = [
      '// Never send decrypted keys to client',
      'return { apiKey: decryptedKey }',
      '// Never log API keys',
      "console.log('Key:', apiKey)",
      '// Never store keys in frontend',
      "localStorage.setItem('apiKey', key)",
    ].join('\n');
    assert.deepEqual(
      scanner.scanText(doc, 'doc.ts').map((f) => `${f.line}:${f.ruleId}:${f.masked}`),
      ['2:insecure-decrypted-key-response:decryptedKey', '4:insecure-log-secret:apiKey', '6:insecure-web-storage-setitem:apiKey'],
    );
  });

  it('does not flag the "always do this" examples', () => {
    const doc = [
      'return { apiKey: maskApiKey(key) }',
      "'use server'",
      'const key = await apiKeyService.getDecryptedKey(id)',
      'const isValid = await validateApiKey(type, key)',
    ].join('\n');
    assert.deepEqual(scanner.scanText(doc, 'doc.ts'), []);
  });
});
