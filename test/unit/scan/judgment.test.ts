// The judgment's building blocks one by one: file roles, comment lines, word-shaped values,
// token expiry and the evidence-to-confidence table. End-to-end behaviour on real-code shapes
// is in real-code-shapes.test.ts.
import assert from 'node:assert/strict';
import { commentLineTest } from '../../../src/core/scan/judgment/comments';
import { rate, type Evidence } from '../../../src/core/scan/judgment/confidence';
import { isExpiredToken } from '../../../src/core/scan/judgment/expiry';
import { FileFacts } from '../../../src/core/scan/judgment/fileFacts';
import { fileRoleOf } from '../../../src/core/scan/judgment/fileRole';
import { isWordLike } from '../../../src/core/scan/judgment/wordLike';
import { FakeSecrets } from '../../fixtures/generic/fake';

describe('judgment: file roles', () => {
  const roles: [string, string][] = [
    ['.env.production', 'config'],
    ['config/database.yml', 'config'],
    ['.github/workflows/deploy.yml', 'config'],
    ['deploy/provision.sh', 'config'],
    ['k8s/secrets', 'config'],
    ['docker-compose.override.yml', 'config'],
    ['myproject/settings.py', 'config'],
    // A library's source that happens to sit in a folder named like deployment material.
    ['lib/ansible/modules/user.py', 'source'],
    ['app/config/initializers/session.rb', 'source'],
    ['src/server.ts', 'source'],
    ['README.md', 'docs'],
    ['config/locales/de.yml', 'docs'],
    ['resources/lang/en/passwords.php', 'docs'],
    ['po/fr.po', 'docs'],
    ['clients/appfabric.d.ts', 'docs'],
    ['stubs/requests.pyi', 'docs'],
    ['apis/sso-oidc-2019-06-10.examples.json', 'docs'],
    ['test/fixtures/keys.pem', 'test'],
    ['pkg/client_test.go', 'test'],
    ['templates/config/databases/postgresql.yml.tt', 'test'],
    ['roles/db/templates/my.cnf.j2', 'test'],
    ['.env.example', 'test'],
    ['vendor/github.com/x/y/z.go', 'vendored'],
    ['public/app.min.js', 'vendored'],
  ];
  for (const [file, role] of roles) it(`${file} is ${role}`, () => assert.equal(fileRoleOf(file), role));
});

describe('judgment: comment lines by language', () => {
  const isComment = (file: string, line: string) => commentLineTest(file)?.test(line) === true;

  it('knows each language family its own markers', () => {
    assert.ok(isComment('a.py', '    # api_key = "..."'));
    assert.ok(isComment('a.ts', '  // const token = "..."'));
    assert.ok(isComment('a.java', '   * Example: token = "..."'));
    assert.ok(isComment('a.php', '# define("AUTH_KEY", "...")'));
    assert.ok(isComment('a.sql', "-- password = '...'"));
    assert.ok(isComment('a.xml', '<!-- <password>...</password> -->'));
    assert.ok(isComment('.env.production', '# DB_PASSWORD=...'));
    assert.ok(isComment('templates/postgresql.yml.tt', '#   DATABASE_URL="postgres://..."'));
    assert.ok(isComment('run.bat', 'REM set PASSWORD=...'));
  });

  it('does not take code for a comment', () => {
    assert.ok(!isComment('config.h', '#define API_KEY "..."'), 'a C directive');
    assert.ok(!isComment('deploy.sh', '  --password=... \\'), 'a continued shell option');
    assert.ok(!isComment('a.py', 'api_key = "..."  # not a comment line'));
    assert.equal(commentLineTest('notes.txt'), undefined, 'plain text has no comment syntax');
    assert.equal(commentLineTest('data.json'), undefined);
  });

  it('finds the marker of a long comment line, up to the length of minified code', () => {
    // A rule module that shows a token's shape in a comment: the value sits ~600 characters in.
    const at = (prefix: string, value = 'VALUE') => {
      const text = `function check(source) {\n${prefix}${value}\n}\n`;
      return new FileFacts('module/index.js', text).inComment(text.indexOf(value));
    };
    const prose = 'the decoded token will look like this, with its fields: '.repeat(10);
    assert.ok(at(`    // ${prose}`));
    assert.ok(!at(`    const shape = "${prose}`), 'the same text in code');
    assert.ok(!at(`// ${'x'.repeat(5000)}`), 'a line as long as minified code is not read back to its start');
  });
});

describe('judgment: word-shaped values', () => {
  const words = [
    'GetKMSEncryptionKey',
    'SNSNoAuthorization',
    'AuthorizeVpcEndpointAccess',
    'IsTruncated',
    'ReportInProgress',
    'ECC_SECG_P256K1',
    'config.apiKeyV2',
    'self._psrp_auth',
    'hide-if-no-js',
    'pma_pw2',
    'cachedvol112233',
    '0001_initial',
    'x64',
    '?InterpolationInTemplate',
    '#privateSigningKey',
    ':api_token',
    '*default_password',
  ];
  for (const value of words) it(`${value} is a word`, () => assert.ok(isWordLike(value)));

  const fake = new FakeSecrets(7);
  const notWords = [
    'eyJhbGciOiJIUzI1NiJ9',
    'Q31CV-S1PSC-J4OTK',
    'xoxs-3206092076-3204538285-3743137121-836b042620',
    fake.chars(24),
    fake.chars(32),
  ];
  for (const value of notWords) it(`${value.slice(0, 12)}... is not a word`, () => assert.ok(!isWordLike(value)));

  it('takes few random keys for words (they would be dropped under a secret name)', () => {
    const rate = (length: number, alphabet?: string) => {
      let count = 0;
      for (let i = 0; i < 4000; i++) if (isWordLike(fake.chars(length, alphabet))) count++;
      return count / 4000;
    };
    assert.ok(rate(16) < 0.01, `base62, 16 characters: ${rate(16)}`);
    assert.ok(rate(24) < 0.002, `base62, 24 characters: ${rate(24)}`);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    assert.ok(rate(16, letters) < 0.03, `letters only, 16 characters: ${rate(16, letters)}`);
  });
});

describe('judgment: token expiry', () => {
  const jwt = (claims: object) =>
    `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
  const now = Date.UTC(2026, 0, 1);

  it('reads a JWT exp in seconds, as a number or a numeric string', () => {
    assert.equal(isExpiredToken(jwt({ exp: now / 1000 - 60 }), now), true);
    assert.equal(isExpiredToken(jwt({ exp: String(now / 1000 - 60) }), now), true);
    assert.equal(isExpiredToken(jwt({ exp: now / 1000 + 60 }), now), false);
  });

  it('does not call a token without exp, or not a JWT, expired', () => {
    assert.equal(isExpiredToken(jwt({ sub: 'a' }), now), false);
    assert.equal(isExpiredToken('sk_live_abc', now), false);
    assert.equal(isExpiredToken('eyJhbGciOiJIUzI1NiJ9.eyJleHAiOi.x', now), false, 'undecodable payload');
  });
});

describe('judgment: evidence to confidence', () => {
  const base: Evidence = { basis: 'format', random: false, regularity: 0, role: 'source', inComment: false };
  const confidence = (evidence: Partial<Evidence>) => rate({ ...base, ...evidence })?.confidence ?? 'dropped';

  it('rates a provider format high in source and config, lower where samples live', () => {
    assert.equal(confidence({}), 'high');
    assert.equal(confidence({ role: 'config' }), 'high');
    assert.equal(confidence({ role: 'test' }), 'medium');
    assert.equal(confidence({ role: 'docs' }), 'low');
    assert.equal(confidence({ inComment: true }), 'low', 'a comment in code is documentation');
    assert.equal(confidence({ role: 'config', inComment: true }), 'medium', 'a setting left in a config comment');
    assert.equal(confidence({ role: 'docs', checked: true }), 'medium', 'a checksum outweighs the docs');
  });

  it('drops a name-only finding wherever samples live, and a typed value under a name', () => {
    assert.equal(confidence({ basis: 'name', random: true }), 'medium');
    assert.equal(confidence({ basis: 'name', random: true, inComment: true }), 'dropped');
    assert.equal(confidence({ basis: 'name', random: true, role: 'test' }), 'dropped');
    assert.equal(confidence({ basis: 'name', random: true, regularity: 0.5 }), 'dropped');
  });

  it('lowers an expired token, and drops it where samples live', () => {
    assert.equal(confidence({ expired: true }), 'medium');
    assert.equal(confidence({ expired: true, role: 'docs' }), 'dropped');
  });

  it('says why in a few words', () => {
    assert.equal(
      rate({ ...base, basis: 'context', random: true, role: 'config' })?.reason,
      'credential in context, random value, in a config file',
    );
    assert.equal(rate({ ...base, inComment: true })?.reason, "provider's token format, in a code comment");
  });
});
