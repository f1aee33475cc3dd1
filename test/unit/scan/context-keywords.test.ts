// Context rules (`pd_api_key = ...`) get their prefilter keywords from the context names. They
// must stay necessary (every spelling the regex accepts still reaches it) and selective (no bare
// `api`, `client` or `token`, which would send the rule onto most lines of ordinary code).
import assert from 'node:assert/strict';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { providerRule } from '../../../src/core/scan/rules/providers/build';

const COMMON_FRAGMENTS = [
  'api',
  'app',
  'ado',
  'client',
  'token',
  'secret',
  'key',
  'message',
  'access',
  'auth',
  'storage',
  'system',
  'private',
];

describe('context rules: derived keywords', () => {
  const rule = providerRule({
    id: 'acme-api-key',
    description: 'Acme API key',
    provider: 'acme',
    body: '[A-Za-z0-9]{24}',
    context: ['acme_api_key', 'acme_client_secret'],
    revoke: 'Acme console',
  });
  const scanner = createScanner([rule]);
  // Built at run time: no token-shaped literal in the repository.
  const value = 'Qm7x' + 'Rt2vK9pLw4Zs8Yn3Hb6J';

  it('derives a short first part together with the second, in each separator style', () => {
    assert.deepEqual(rule.keywords.sort(), [
      'acme-api',
      'acme-client',
      'acme.api',
      'acme.client',
      'acme_api',
      'acme_client',
      'acmeapi',
      'acmeclient',
    ]);
  });

  it('lets a distinctive first part stand alone, but not a common word', () => {
    const keywordsOf = (context: string[]) =>
      providerRule({
        id: 'x',
        description: 'x',
        provider: 'x',
        body: '[a-z]{24}',
        context,
        revoke: 'x',
      }).keywords.sort();
    assert.deepEqual(keywordsOf(['acmecorp_api_key', 'acmecorp']), ['acmecorp']);
    assert.deepEqual(keywordsOf(['storage_key']), ['storage-key', 'storage.key', 'storage_key', 'storagekey']);
  });

  for (const name of [
    'acme_api_key',
    'ACME_API_KEY',
    'acmeApiKey',
    'acme.api.key',
    'acme-api-key',
    'AcmeClientSecret',
    'acme.client_secret',
  ]) {
    it(`still finds the value assigned to ${name}`, () => {
      const findings = scanner.scanText(`${name} = "${value}"\n`, 'config.txt');
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ['acme-api-key'],
      );
    });
  }

  it('gives no builtin context rule a common code fragment as a keyword', () => {
    const offenders = builtinRules
      .filter((r) => !r.generic && r.secretGroup !== undefined)
      .flatMap((r) => r.keywords.filter((k) => COMMON_FRAGMENTS.includes(k)).map((k) => `${r.id}: ${k}`));
    assert.deepEqual(offenders, []);
  });
});
