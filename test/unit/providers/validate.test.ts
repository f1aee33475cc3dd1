import assert from 'node:assert/strict';
import { KeywardError } from '../../../src/core/errors';
import { detectProvider, MAX_KEY_LENGTH, validateApiKey } from '../../../src/core/providers/validate';
import { PROVIDERS, PROVIDER_IDS, type ProviderId } from '../../../src/core/providers/registry';
import { providerRules } from '../../../src/core/scan/rules/providers/index';
import { chars, checksummed, VALID } from './samples';

describe('validateApiKey', () => {
  it('covers the 20 providers the vault validates', () => {
    for (const id of [
      'aws',
      'github',
      'gitlab',
      'slack',
      'stripe',
      'google',
      'openai',
      'anthropic',
      'npm',
      'pypi',
      'twilio',
      'sendgrid',
      'mailgun',
      'shopify',
      'digitalocean',
      'huggingface',
      'hashicorp-vault',
      'azure',
      'datadog',
      'linear',
    ]) {
      assert.ok(PROVIDER_IDS.includes(id as ProviderId), id);
    }
    assert.ok(PROVIDERS.length >= 20);
  });

  for (const provider of PROVIDER_IDS) {
    it(`accepts well-formed ${provider} keys and refuses a mangled one without echoing it`, () => {
      for (const key of VALID[provider]) {
        assert.deepEqual(validateApiKey(provider, key), { valid: true }, `${provider} sample ${key.length} chars`);
        const mangled = `${key}#`;
        const result = validateApiKey(provider, mangled);
        assert.equal(result.valid, false);
        assert.ok(result.reason && !result.reason.includes(key.slice(-8)), 'reason must not contain the value');
      }
    });
  }

  it('names the accepted prefixes in the reason', () => {
    const result = validateApiKey('github', 'ghx_' + chars(36));
    assert.equal(result.valid, false);
    assert.match(result.reason!, /ghp_, gho_, ghu_, ghs_, ghr_ or github_pat_/);
  });

  it('refuses a GitHub or npm token whose CRC32 checksum does not match', () => {
    for (const [provider, token] of [
      ['github', checksummed('gh' + 'p', 3)],
      ['npm', checksummed('np' + 'm', 4)],
    ] as const) {
      const broken = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      assert.deepEqual(validateApiKey(provider, token), { valid: true });
      assert.deepEqual(validateApiKey(provider, broken), {
        valid: false,
        reason: 'checksum does not match: the value is mistyped or made up',
      });
    }
  });

  it('validates its inputs with zod: empty, oversized, whitespace, unknown provider', () => {
    assert.deepEqual(validateApiKey('aws', ''), { valid: false, reason: 'the value is empty' });
    assert.equal(validateApiKey('aws', 'A'.repeat(MAX_KEY_LENGTH + 1)).valid, false);
    assert.match(validateApiKey('linear', ` ${VALID.linear[0]}`).reason!, /whitespace/);
    assert.throws(
      () => validateApiKey('nope' as ProviderId, 'x'),
      (e: unknown) => e instanceof KeywardError && e.code === 'invalid-input',
    );
  });
});

describe('detectProvider', () => {
  it('recognises self-identifying tokens', () => {
    assert.equal(detectProvider(VALID.github[0]), 'github');
    assert.equal(detectProvider(VALID.stripe[0]), 'stripe');
    assert.equal(detectProvider(VALID.anthropic[0]), 'anthropic');
    assert.equal(detectProvider(VALID.openai[0]), 'openai');
    assert.equal(detectProvider(VALID['hashicorp-vault'][0]), 'hashicorp-vault');
    assert.equal(detectProvider(`${VALID.npm[0]}\n`), 'npm');
  });

  it('does not guess for context-only shapes, broken checksums or junk', () => {
    assert.equal(detectProvider(VALID.datadog[0]), undefined); // 32 hex: could be anything
    assert.equal(detectProvider(VALID.github[0].slice(0, -1) + '0'), undefined);
    assert.equal(detectProvider('hello world'), undefined);
    assert.equal(detectProvider(''), undefined);
  });
});

describe('one source of truth for formats', () => {
  it('builds each validated format into the scanner rule of the same id, with the same body', () => {
    for (const provider of PROVIDERS) {
      for (const format of provider.formats) {
        const rule = providerRules.find((r) => r.id === format.id);
        assert.ok(rule, `${format.id} has no rule`);
        assert.equal(rule.provider, provider.id);
        const body = new RegExp(format.body).source; // as RegExp#source escapes it (`/` -> `\/`)
        assert.ok(rule.pattern.source.includes(`(${body})`) || rule.pattern.source.includes(`(?:${body})`), format.id);
      }
    }
  });
});
