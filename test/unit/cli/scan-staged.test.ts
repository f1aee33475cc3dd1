import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
