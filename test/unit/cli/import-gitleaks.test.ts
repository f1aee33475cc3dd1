// `keyward import gitleaks`: a gitleaks config's custom rules and allowlists keep their meaning
// in Keyward, and .gitleaksignore entries become baseline entries (issue 12, item 5).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { git, tempRepo } from '../../fixtures/cli-scan/git';
import { commitAll } from '../../fixtures/cli-scan/history';
import { captureIO } from '../../fixtures/cli-scan/io';
import { randomAlnum } from '../../fixtures/cli-scan/secrets';
import { parseJson } from '../../support/json';

const FIXTURE = path.resolve(__dirname, '../../fixtures/gitleaks/custom.gitleaks.toml');

async function cli(cwd: string, ...args: string[]) {
  const captured = captureIO(cwd);
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const lower = () =>
  randomAlnum(40)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x');
const corpToken = (body = lower().slice(0, 32)) => `corp_tok_${body}`;
const hex = (n: number) =>
  Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 7 + Math.floor(Math.random() * 16)) % 16]).join('');

describe('keyward import gitleaks', function () {
  this.timeout(30_000);
  let repo: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  const findings = async () => {
    const r = await cli(repo, 'scan', '--format', 'json');
    assert.notEqual(r.code, 2, r.stderr);
    return parseJson<JsonReport>(r.stdout).findings.map((f) => `${f.file}:${f.ruleId}`);
  };
  beforeEach(() => {
    repo = tempRepo('keyward-import-');
    copyFileSync(FIXTURE, path.join(repo, '.gitleaks.toml'));
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('imports custom rules and allowlists, and says what it adapted or left out', async () => {
    const r = await cli(repo, 'import', 'gitleaks');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /From \.gitleaks\.toml into \.keyward\/config\.json: 3 rule\(s\), 3 allowlist\(s\)\./);
    assert.match(r.stdout, /rules: corp-token, internal-key, no-keywords/);
    assert.match(r.stdout, /Internal_Key: imported as internal-key/);
    assert.match(r.stdout, /no-keywords: keyword "vendorx-" taken from the regex/);
    assert.match(r.stdout, /pem-files: flags files by name only/);
    assert.match(r.stdout, /mixed-case: regex: inline flags inside the pattern/);
    assert.match(r.stdout, /extend: disabledRules names gitleaks rules \(generic-api-key\)/);
    const config = parseJson<{
      extraRules: { id: string; regex: string; secretGroup?: number; minEntropy?: number }[];
    }>(readFileSync(path.join(repo, '.keyward', 'config.json'), 'utf8'));
    const corp = config.extraRules.find((rule) => rule.id === 'corp-token')!;
    assert.equal(corp.regex, '(?i)corp_tok_([a-z0-9]{32})', 'kept as written: Keyward reads RE2 spelling');
    assert.equal(corp.secretGroup, 1, "gitleaks' default: the only capture group");
    assert.equal(corp.minEntropy, 3);
  });

  it('the imported rules find what gitleaks found, and allow what it allowed', async () => {
    assert.equal((await cli(repo, 'import', 'gitleaks')).code, 0);
    write('src/app.ts', `const t = "${corpToken()}";\n`);
    write('src/upper.ts', `const t = "${corpToken().toUpperCase()}";\n`);
    write('src/doc.ts', `const t = "${corpToken(`example${lower().slice(0, 25)}`)}";\n`);
    write('testdata/sample.ts', `const t = "${corpToken()}";\n`);
    write('deploy/app.env', `SIGNING=ikey-${hex(40)}\n`);
    write('src/signing.ts', `const k = "ikey-${hex(40)}";\n`);
    write('src/vendor.ts', `const v = "vendorx-${randomAlnum(24).toUpperCase()}";\n`);
    assert.deepEqual((await findings()).sort(), [
      'deploy/app.env:internal-key',
      'src/app.ts:corp-token',
      'src/upper.ts:corp-token',
      'src/vendor.ts:no-keywords',
    ]);
  });

  it('importing again replaces what it wrote and keeps the rest of config.json', async () => {
    write(
      '.keyward/config.json',
      JSON.stringify({ exclude: ['dist/**'], allowlists: [{ description: 'mine', paths: ['^docs/'] }] }),
    );
    await cli(repo, 'import', 'gitleaks');
    const first = readFileSync(path.join(repo, '.keyward', 'config.json'), 'utf8');
    await cli(repo, 'import', 'gitleaks');
    assert.equal(readFileSync(path.join(repo, '.keyward', 'config.json'), 'utf8'), first);
    const config = parseJson<{ exclude: string[]; allowlists: { description: string }[] }>(first);
    assert.deepEqual(config.exclude, ['dist/**']);
    assert.equal(config.allowlists[0].description, 'mine');
  });

  it('turns .gitleaksignore entries into baseline entries, at a commit too', async () => {
    await cli(repo, 'import', 'gitleaks');
    write('src/legacy.ts', `// old\n\nconst t = "${corpToken()}";\n`);
    write('src/old.ts', `const t = "${corpToken()}";\n`);
    const sha = commitAll(repo, 'old', { date: '2021-01-01T00:00:00Z' });
    rmSync(path.join(repo, 'src/old.ts'));
    commitAll(repo, 'remove', { date: '2021-01-02T00:00:00Z' });
    write(
      '.gitleaksignore',
      `# reviewed\nsrc/legacy.ts:corp-token:3\n${sha}:src/old.ts:corp-token:1\nsrc/none.ts:corp-token:9\nnot an entry\n`,
    );
    assert.equal((await cli(repo, 'scan')).code, 1);
    const r = await cli(repo, 'import', 'gitleaks');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /From \.gitleaksignore: 3 entries, 2 finding\(s\) accepted into the baseline\./);
    assert.match(r.stdout, /nothing Keyward reports at src\/none\.ts:9 \(corp-token\)/);
    assert.match(r.stdout, /not a gitleaks fingerprint: not an entry/);
    assert.equal((await cli(repo, 'scan')).code, 0);
    assert.equal((await cli(repo, 'scan', '--history')).code, 0);
  });

  it('--dry-run prints the config and writes nothing', async () => {
    const r = await cli(repo, 'import', 'gitleaks', '--dry-run');
    assert.equal(r.code, 0);
    assert.ok(parseJson<{ extraRules: unknown[] }>(r.stdout).extraRules.length === 3);
    assert.match(r.stderr, /From \.gitleaks\.toml/);
    assert.ok(!existsSync(path.join(repo, '.keyward')));
  });

  it('fails without changing anything on invalid TOML or an invalid current config', async () => {
    write('.keyward/config.json', '{ "exclude": ["a/**"] }\n');
    write('bad.toml', '[[rules]]\nid = "x\n');
    const bad = await cli(repo, 'import', 'gitleaks', 'bad.toml');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.toml is not valid TOML/);
    assert.equal(readFileSync(path.join(repo, '.keyward', 'config.json'), 'utf8'), '{ "exclude": ["a/**"] }\n');
    write('.keyward/config.json', '{ "exclude": "a" }');
    assert.equal((await cli(repo, 'import', 'gitleaks')).code, 2);
    assert.equal(readFileSync(path.join(repo, '.keyward', 'config.json'), 'utf8'), '{ "exclude": "a" }');
    git(repo, 'status'); // still a repository
  });
});
