import assert from 'node:assert/strict';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { genericRules } from '../../../src/core/scan/rules/generic/index';
import type { Rule } from '../../../src/core/scan/types';
import { FakeSecrets } from '../../fixtures/generic/fake';

// A non-generic rule that captures any quoted value: the shared filters must apply to it too.
const anyValue: Rule = {
  id: 'demo-value',
  description: 'Demo value',
  provider: 'demo',
  category: 'secret',
  keywords: ['demo_value'],
  pattern: /demo_value\s*=\s*"([^"\n]+)"/,
  secretGroup: 1,
  severity: 'error',
  docs: 'Demo.',
};
const demo = createScanner([anyValue]);
const reported = (value: string) => demo.scanText(`demo_value = "${value}"`, 'a').length > 0;

describe('engine: false-positive filters shared by every rule', () => {
  const fake = new FakeSecrets(11);

  it('still reports a random value (the filters are not blanket)', () => {
    for (let i = 0; i < 50; i++) assert.ok(reported(fake.chars(32)));
  });

  const placeholders = [
    'xxxxxxxxxxxxxxxxxxxx',
    'XXXXXXXXXXXXXXXX',
    'sk_live_xxxx',
    '<YOUR_KEY>',
    'Bearer <token>',
    '${API_KEY}',
    '{{ api_key }}',
    '{{.Values.secret}}',
    'your-api-key-here',
    'YOUR_API_KEY',
    '****************',
    'sk_test_********',
    'changeme',
    'my-example-key-123',
    'dummy_secret_value',
    'aaaaaaaaaaaaaaaaaaaa',
    '00000000000000000000',
    'ababababababababab',
    'token_goes_here',
    'sk_live_...',
    'password',
    'REDACTED_API_KEY',
    '%(password)s',
    '#{secret}',
  ];
  for (const value of placeholders) {
    it(`drops the placeholder ${JSON.stringify(value)}`, () => assert.equal(reported(value), false));
  }

  // Keyboard-typed values: a secret-like name alone cannot outweigh them, a provider's
  // context can (at low confidence: gitleaks and trufflehog examples use such values).
  const typed = ['1234567890', 'abcdefghijklmnop', 'qwe1234567890', 'ABCDEF012345'];
  const generic = createScanner(genericRules);
  for (const value of typed) {
    it(`drops the typed value ${JSON.stringify(value)} under a generic name, rates it low in a provider's context`, () => {
      assert.deepEqual(generic.scanText(`api_key = "${value}"`, 'src/a.ts'), []);
      assert.deepEqual(
        demo.scanText(`demo_value = "${value}"`, 'src/a.ts').map((f) => f.confidence),
        ['low'],
      );
    });
  }

  const envReferences = [
    'process.env.API_KEY',
    "process.env['TOKEN']",
    'import.meta.env.VITE_KEY',
    'os.environ["API_KEY"]',
    "os.environ.get('X')",
    'os.getenv("SECRET")',
    'ENV["API_KEY"]',
    'ENV.fetch("TOKEN")',
    'System.getenv("KEY")',
    '$API_KEY',
    '$(cat /run/secrets/key)',
    '%API_KEY%',
    'var.db_password',
    '${{ secrets.TOKEN }}',
  ];
  for (const value of envReferences) {
    it(`drops the environment reference ${JSON.stringify(value)}`, () => assert.equal(reported(value), false));
  }

  it('drops documented example keys under every built-in rule, and only those exact keys', () => {
    const scanner = createScanner(builtinRules);
    const jwtIo = [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
      'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
      'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ].join('.');
    const examples = [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      `stripe.api_key = "${'sk_test_'}4eC39HqLyjWDarjtT1zdp7dc"`,
      `token = "${jwtIo}"`,
    ];
    assert.deepEqual(
      scanner.scanText(examples.join('\n'), 'README.md').map((f) => `${f.line}:${f.ruleId}`),
      [],
    );
    // One character off is no longer the documented key: reported.
    const altered = examples.slice(2).map((line) => line.replace(/.(")$/, 'X$1'));
    assert.deepEqual(
      scanner.scanText(altered.join('\n'), 'README.md').map((f) => f.line),
      [1, 2],
    );
  });

  it('leaves id-shaped values to provider rules (UUID-format keys exist, e.g. Heroku)', () => {
    const uuid = `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}`;
    assert.ok(reported(uuid));
    const asGeneric = createScanner([{ ...anyValue, generic: true }]);
    assert.equal(asGeneric.scanText(`demo_value = "${uuid}"`, 'a').length, 0);
  });

  it('keeps a value that merely contains a run of A (base64 of binary data)', () => {
    assert.ok(reported(`MIIEvAIBADANBgkqhkiG9w0BAQEFAASC${'A'.repeat(6)}${fake.chars(40)}`));
  });
});

describe('engine: generic-only filters (digests, ids, paths, URLs, words)', () => {
  const scanner = createScanner(genericRules);
  const fake = new FakeSecrets(12);
  const found = (line: string) => scanner.scanText(line, 'a.ts').length > 0;

  it('drops digests and UUIDs under neutral names but keeps hex keys under secret names', () => {
    assert.equal(found(`token_sha1 = "${fake.hex(40)}"`), false);
    assert.equal(found(`secret_checksum_md5 = "${fake.hex(32)}"`), false);
    assert.equal(
      found(`session_token = "${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}"`),
      false,
    );
    assert.equal(found(`ENCRYPTION_KEY = "${fake.hex(64)}"`), true);
    assert.equal(
      found(`api_key = "${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}"`),
      true,
    );
  });

  it('drops integrity strings, paths, URLs without credentials and identifiers', () => {
    assert.equal(found(`token_integrity = "sha512-${fake.chars(86)}=="`), false);
    assert.equal(found('private_key = "/etc/ssl/private/server.key"'), false);
    assert.equal(found('auth_endpoint_base = "https://login.example.com/oauth2/v2.0"'), false);
    assert.equal(found('apiKey: config.payments.stripeKey'), false);
    assert.equal(found('SECRET_NAME_PREFIX = "PAYMENTS_SECRET"'), false);
  });
});
