import assert from 'node:assert/strict';
import { suggestNameFor } from '../../../src/core/fixes/nameHint';

const at = (line: string) => [line, line.indexOf('@')] as const;

describe('suggested variable names', () => {
  it('uses the identifier the secret is assigned to', () => {
    assert.equal(suggestNameFor(...at('const stripeKey = "@"'), 'stripe'), 'STRIPE_KEY');
    assert.equal(suggestNameFor(...at('  "api_token": "@"'), 'generic'), 'API_TOKEN');
    assert.equal(suggestNameFor(...at('export GITHUB_TOKEN=@'), 'github'), 'GITHUB_TOKEN');
    assert.equal(suggestNameFor(...at("config.slack.botToken = '@'"), 'slack'), 'BOT_TOKEN');
    assert.equal(suggestNameFor(...at('headers["X-Api-Key"] = "@"'), 'generic'), 'X_API_KEY');
    assert.equal(suggestNameFor(...at('token := "@"'), 'github'), 'TOKEN');
    assert.equal(suggestNameFor(...at('KEY = r"@"'), 'generic'), 'KEY');
  });

  it('falls back to the provider when nothing is assigned', () => {
    assert.equal(suggestNameFor(...at('fetch(url, "@")'), 'openai'), 'OPENAI_API_KEY');
    assert.equal(suggestNameFor(...at('@'), 'generic'), 'SECRET');
    assert.equal(suggestNameFor(...at('@'), 'private-key'), 'PRIVATE_KEY');
  });
});
