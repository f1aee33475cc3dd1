// The hook in .pre-commit-hooks.yaml, run by the pre-commit framework itself on a real
// repository: pre-commit clones this project (language: node: npm install, npm pack, npm install
// -g), and a commit carrying a GitHub token is refused while a clean one goes through. Skipped,
// with the reason, only where the framework is missing and cannot be installed (apt-get as root).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { git, GIT_ENV, tempRepo } from '../../fixtures/cli-scan/git';
import { githubToken } from '../../fixtures/cli-scan/secrets';
import { commitCopy, copyProject } from '../../support/projectCopy';
import { assertNoPlantedValue } from '../../support/plantedSearch';

// pre-commit keys its environments by repository and revision: a fixed clone path and a
// deterministic commit let a rerun on unchanged sources reuse the environment it built. The path is
// per checkout, so two checkouts testing at once (a CI clone next to a working tree) never share it.
const CHECKOUT = createHash('sha256')
  .update(path.resolve(__dirname, '..', '..', '..'))
  .digest('hex')
  .slice(0, 12);
const CACHE = path.join(homedir(), '.cache', 'keyward-test-precommit', CHECKOUT);

function frameworkAvailable(): boolean {
  return spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
}

function installFramework(): boolean {
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) return false;
  console.log('    (installing the pre-commit framework: apt-get install pre-commit)');
  spawnSync('apt-get', ['install', '-y', '-q', 'pre-commit'], { stdio: 'ignore', timeout: 300_000 });
  return frameworkAvailable();
}

/** This project as it is now, committed in a repository pre-commit can clone. */
function hookRepository(): { repo: string; rev: string } {
  const repo = path.join(CACHE, 'hook-repo');
  copyProject(repo);
  return { repo, rev: commitCopy(repo) };
}

describe('the pre-commit framework runs the keyward hook', function () {
  this.timeout(900_000);
  let target: string;
  const env = { ...GIT_ENV, PRE_COMMIT_HOME: path.join(CACHE, 'home') };

  before(function () {
    if (!frameworkAvailable() && !installFramework()) {
      console.log('    pre-commit is not installed and cannot be installed here (needs root and apt-get): skipped');
      this.skip();
    }
  });
  beforeEach(() => {
    target = tempRepo('keyward-precommit-');
  });
  afterEach(() => rmSync(target, { recursive: true, force: true }));

  it('refuses a commit with a token and lets a clean commit through', () => {
    const { repo, rev } = hookRepository();
    writeFileSync(
      path.join(target, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: keyward\n`,
    );
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: target, env, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stdout + install.stderr);

    const token = githubToken();
    writeFileSync(path.join(target, 'settings.js'), `export const token = "${token}";\n`);
    git(target, 'add', '.');
    const blocked = spawnSync('git', ['commit', '-m', 'settings'], { cwd: target, env, encoding: 'utf8' });
    const output = blocked.stdout + blocked.stderr;
    assert.notEqual(blocked.status, 0, `the commit went through:\n${output}`);
    assert.match(output, /Keyward secret scan\.+Failed/);
    assert.match(output, /^settings\.js:1:\d+\s+error\s+github-ghp-token/m);
    assertNoPlantedValue(output, [token], "the hook's output");

    writeFileSync(path.join(target, 'settings.js'), 'export const token = process.env.GITHUB_TOKEN;\n');
    git(target, 'add', '.');
    const passed = spawnSync('git', ['commit', '-m', 'settings'], { cwd: target, env, encoding: 'utf8' });
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    assert.match(passed.stdout + passed.stderr, /Keyward secret scan\.+Passed/);
  });
});
