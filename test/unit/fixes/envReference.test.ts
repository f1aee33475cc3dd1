import assert from 'node:assert/strict';
import { envReplacement, ignoreComment, suggestEnvName } from '../../../src/core/fixes/envReference';

describe('environment references and ignore comments', () => {
  it("uses each language's own way to read an environment variable", () => {
    assert.deepEqual(envReplacement('typescript', 'API_KEY'), { kind: 'expression', text: 'process.env.API_KEY' });
    assert.deepEqual(envReplacement('python', 'API_KEY'), { kind: 'expression', text: 'os.environ["API_KEY"]' });
    assert.deepEqual(envReplacement('go', 'API_KEY'), { kind: 'expression', text: 'os.Getenv("API_KEY")' });
    assert.deepEqual(envReplacement('java', 'API_KEY'), { kind: 'expression', text: 'System.getenv("API_KEY")' });
    assert.deepEqual(envReplacement('kotlin', 'API_KEY'), { kind: 'expression', text: 'System.getenv("API_KEY")' });
    assert.deepEqual(envReplacement('ruby', 'API_KEY'), { kind: 'expression', text: 'ENV["API_KEY"]' });
    assert.deepEqual(envReplacement('shellscript', 'API_KEY'), { kind: 'value', text: '"$API_KEY"' });
    assert.deepEqual(envReplacement('yaml', 'API_KEY'), { kind: 'value', text: '${API_KEY}' });
    assert.deepEqual(envReplacement('dotenv', 'API_KEY'), { kind: 'remove-value' });
    assert.equal(envReplacement('plaintext', 'API_KEY'), undefined);
  });

  it("writes the ignore marker in the language's comment syntax", () => {
    assert.equal(ignoreComment('typescript'), '// keyward-ignore');
    assert.equal(ignoreComment('python'), '# keyward-ignore');
    assert.equal(ignoreComment('yaml'), '# keyward-ignore');
    assert.equal(ignoreComment('sql'), '-- keyward-ignore');
    assert.equal(ignoreComment('html'), '<!-- keyward-ignore -->');
    assert.equal(ignoreComment('json'), undefined, 'JSON has no comments');
  });

  it('suggests environment variable names from identifiers', () => {
    assert.equal(suggestEnvName('stripeApiKey'), 'STRIPE_API_KEY');
    assert.equal(suggestEnvName('github-token'), 'GITHUB_TOKEN');
    assert.equal(suggestEnvName('2fa secret'), 'KEY_2FA_SECRET');
    assert.equal(suggestEnvName('---'), 'SECRET');
  });
});
