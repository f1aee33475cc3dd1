import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { runGit } from '../../../src/cli/scan/git';
import { isKeywardError } from '../../../src/core/errors';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { git, tempRepo } from '../../fixtures/cli-scan/git';
import { captureIO } from '../../fixtures/cli-scan/io';
import { genericAssignment } from '../../fixtures/cli-scan/secrets';
import { parseJson } from '../../support/json';

async function run(cwd: string, args: string[]) {
  const captured = captureIO(cwd);
  const code = await runCli(['scan', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('keyward scan in a git repository', () => {
  let repo: string;
  beforeEach(() => {
    repo = tempRepo();
    mkdirSync(path.join(repo, 'app'));
    writeFileSync(path.join(repo, 'app', 'main.py'), 'print("hello")\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'init');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('uses the git top level as the scan root, wherever it is run from', async () => {
    writeFileSync(path.join(repo, 'app', 'config.py'), `${genericAssignment().line}\n`);
    const r = await run(path.join(repo, 'app'), ['--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(parseJson<JsonReport>(r.stdout).findings[0].file, 'app/config.py');
  });

  describe('--staged', () => {
    it('scans the staged content, not the working tree', async () => {
      writeFileSync(path.join(repo, 'app', 'config.py'), `${genericAssignment().line}\n`);
      git(repo, 'add', 'app/config.py');
      writeFileSync(path.join(repo, 'app', 'config.py'), 'API_KEY = os.environ["API_KEY"]\n');
      const r = await run(repo, ['--staged']);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /^app\/config\.py:1:/m);
      assert.match(r.stdout, /1 file scanned/);
    });

    it('leaves no salt file behind, even with a JSON report: a commit gate writes nothing into the repository', async () => {
      writeFileSync(path.join(repo, 'app', 'config.py'), `${genericAssignment().line}\n`);
      git(repo, 'add', 'app/config.py');
      const r = await run(repo, ['--staged', '--format', 'json']);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(parseJson<JsonReport>(r.stdout).findings.length, 1);
      assert.ok(!existsSync(path.join(repo, '.keyward')), r.stderr);
      assert.equal(git(repo, 'status', '--porcelain', '--untracked-files=all').trim(), 'A  app/config.py');
    });

    it('ignores secrets that are only in the working tree', async () => {
      writeFileSync(path.join(repo, 'app', 'main.py'), `${genericAssignment().line}\n`);
      const r = await run(repo, ['--staged']);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /No findings; 0 files scanned/);
    });

    it('reads file names with spaces and non-ASCII characters, and skips deletions', async () => {
      const name = 'app/ünïcode name.env';
      writeFileSync(path.join(repo, name), `${genericAssignment('SECRET_TOKEN').line}\n`);
      git(repo, 'rm', '-q', 'app/main.py');
      git(repo, 'add', '.');
      const r = await run(repo, ['--staged', '--format', 'json']);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(
        parseJson<JsonReport>(r.stdout).findings.map((f) => f.file),
        [name],
      );
    });

    it('limits the staged scan to named paths', async () => {
      writeFileSync(path.join(repo, 'leak.env'), `${genericAssignment().line}\n`);
      writeFileSync(path.join(repo, 'app', 'ok.py'), 'x = 1\n');
      git(repo, 'add', '.');
      assert.equal((await run(path.join(repo, 'app'), ['--staged', '.'])).code, 0);
      assert.equal((await run(repo, ['--staged', 'leak.env'])).code, 1);
    });

    it('applies config excludes to staged files', async () => {
      mkdirSync(path.join(repo, '.keyward'));
      writeFileSync(path.join(repo, '.keyward', 'config.json'), JSON.stringify({ exclude: ['fixtures/'] }));
      mkdirSync(path.join(repo, 'fixtures'));
      writeFileSync(path.join(repo, 'fixtures', 'ng.env'), `${genericAssignment().line}\n`);
      git(repo, 'add', '.');
      const r = await run(repo, ['--staged']);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /1 file scanned, .*1 file skipped/);
    });

    it('lists and counts the files it skips on purpose', async () => {
      writeFileSync(path.join(repo, 'big.txt'), 'x'.repeat(1024 * 1024 + 1));
      writeFileSync(path.join(repo, 'yarn.lock'), `${genericAssignment().line}\n`);
      writeFileSync(path.join(repo, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]));
      git(repo, 'add', '.');
      git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(repo, 'rev-parse', 'HEAD').trim()},vendored`);
      const r = await run(repo, ['--staged']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(
        r.stdout,
        /^Not scanned \(4\):\n {2}big\.txt\s+too large\n {2}logo\.png\s+image\n {2}vendored\s+submodule\n {2}yarn\.lock\s+lock file\n/m,
      );
      assert.match(r.stdout, /No findings; 0 files scanned, .*4 files skipped$/m);
      const json = parseJson<JsonReport>((await run(repo, ['--staged', '--format', 'json'])).stdout);
      assert.equal(json.summary.skipped, 4);
    });

    it('fails (exit 2) when a staged blob cannot be read, naming it', async () => {
      git(repo, 'update-index', '--add', '--cacheinfo', `100644,${'1234567890'.repeat(4)},ghost.js`);
      const r = await run(repo, ['--staged']);
      assert.equal(r.code, 2, r.stdout);
      assert.match(r.stdout, /^ {2}ghost\.js\s+unreadable \(object missing from the repository\)$/m);
      assert.match(r.stderr, /could not read a path \(ghost\.js\); a commit must not carry content nobody checked/);
    });

    it('reads every conflict stage of an unmerged path', async () => {
      const leak = genericAssignment();
      git(repo, 'checkout', '-q', '-b', 'theirs');
      writeFileSync(path.join(repo, 'app', 'main.py'), `${leak.line}\n`);
      git(repo, 'commit', '-q', '-am', 'theirs');
      git(repo, 'checkout', '-q', 'main');
      writeFileSync(path.join(repo, 'app', 'main.py'), 'print("ours")\n');
      git(repo, 'commit', '-q', '-am', 'ours');
      assert.throws(() => git(repo, 'merge', '-q', 'theirs'));
      const r = await run(repo, ['--staged', '--format', 'json']);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const report = parseJson<JsonReport>(r.stdout);
      assert.deepEqual(
        report.findings.map((f) => `${f.file}:${f.line}`),
        ['app/main.py:1'],
      );
      assert.ok(!r.stdout.includes(leak.secret));
    });

    it('reports a failing git command with its exit code and message, as a Keyward error', async () => {
      await assert.rejects(
        runGit(['rev-parse', '--verify', 'no-such-ref'], repo),
        (e) => isKeywardError(e) && /^git rev-parse failed \(exit 128\): fatal: /.test(e.message),
      );
    });

    it('fails with exit 2 outside a git repository', async () => {
      const r = await run(path.dirname(repo), ['--staged']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--staged needs a git repository/);
    });
  });
});
