import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { HOOK_MARKER } from '../../../src/cli/scan/hookScript';
import { git, GIT_ENV, tempRepo } from '../../fixtures/cli-scan/git';
import { captureIO } from '../../fixtures/cli-scan/io';
import { genericAssignment } from '../../fixtures/cli-scan/secrets';
import { CLI } from '../../support/cli';
import { useDist } from '../../support/dist';
import { assertNoPlantedValue } from '../../support/plantedSearch';

async function hook(cwd: string, ...args: string[]) {
  const captured = captureIO(cwd);
  const code = await runCli(['hook', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('keyward hook install', () => {
  let repo: string;
  beforeEach(() => {
    repo = tempRepo('keyward-hook-');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('writes an executable pre-commit hook that runs keyward scan --staged', async () => {
    const r = await hook(repo, 'install');
    assert.equal(r.code, 0, r.stderr);
    const file = path.join(repo, '.git', 'hooks', 'pre-commit');
    const script = readFileSync(file, 'utf8');
    assert.ok(script.startsWith('#!/bin/sh\n'));
    assert.ok(script.includes(HOOK_MARKER));
    assert.match(script, /scan --staged\n$/);
    assert.equal(statSync(file).mode & 0o111, 0o111);
  });

  it('respects core.hooksPath, resolved from the repository root', async () => {
    git(repo, 'config', 'core.hooksPath', '.githooks');
    mkdirSync(path.join(repo, 'sub'));
    assert.equal((await hook(path.join(repo, 'sub'), 'install')).code, 0);
    assert.ok(existsSync(path.join(repo, '.githooks', 'pre-commit')));
    assert.ok(!existsSync(path.join(repo, '.git', 'hooks', 'pre-commit')));
  });

  it('refreshes its own hook but refuses to overwrite a foreign one without --force', async () => {
    assert.equal((await hook(repo, 'install')).code, 0);
    assert.equal((await hook(repo, 'install')).code, 0);
    const file = path.join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(file, '#!/bin/sh\nnpm run lint\n');
    const refused = await hook(repo, 'install');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already exists and was not written by Keyward; rerun with --force/);
    assert.equal(readFileSync(file, 'utf8'), '#!/bin/sh\nnpm run lint\n');

    const forced = await hook(repo, 'install', '--force');
    assert.equal(forced.code, 0);
    assert.ok(readFileSync(file, 'utf8').includes(HOOK_MARKER));
    assert.equal(readFileSync(`${file}.keyward-backup`, 'utf8'), '#!/bin/sh\nnpm run lint\n');
  });

  it('rejects unknown subcommands and flags with exit 2', async () => {
    assert.equal((await hook(repo, 'uninstall')).code, 2);
    assert.equal((await hook(repo, 'install', '--yes')).code, 2);
    assert.equal((await hook(repo)).code, 2);
  });

  it('fails with exit 2 outside a git repository', async () => {
    const r = await hook(path.dirname(repo), 'install');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /needs a git repository/);
  });

  describe('end to end with the built CLI', function () {
    this.timeout(120_000);
    useDist();

    it('blocks a commit with a staged secret and lets a clean one through', () => {
      const install = spawnSync(process.execPath, [CLI, 'hook', 'install'], {
        cwd: repo,
        env: GIT_ENV,
        encoding: 'utf8',
      });
      assert.equal(install.status, 0, install.stderr);
      assert.ok(readFileSync(path.join(repo, '.git', 'hooks', 'pre-commit'), 'utf8').includes(CLI));

      const leak = genericAssignment();
      writeFileSync(path.join(repo, 'config.env'), `${leak.line}\n`);
      git(repo, 'add', 'config.env');
      const blocked = spawnSync('git', ['commit', '-m', 'add config'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
      assert.notEqual(blocked.status, 0, 'the commit went through');
      assert.match(blocked.stdout + blocked.stderr, /config\.env:1:\d+\s+error/);
      assertNoPlantedValue(blocked.stdout + blocked.stderr, [leak.secret], "the hook's output");
      assert.throws(() => git(repo, 'rev-parse', 'HEAD'), 'no commit was recorded');

      writeFileSync(path.join(repo, 'config.env'), 'API_KEY=${API_KEY}\n');
      git(repo, 'add', 'config.env');
      const passed = spawnSync('git', ['commit', '-m', 'add config'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
      assert.equal(passed.status, 0, passed.stdout + passed.stderr);
      assert.match(git(repo, 'log', '--oneline'), /add config/);
    });
  });
});
