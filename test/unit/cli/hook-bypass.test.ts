// Each way a security review walked a GitHub token past the pre-commit hook, replayed as a
// real commit in a temporary repository with the hook installed by the built CLI: the commit
// must be refused, the report must name the file, and the token must not be printed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git, GIT_ENV, tempRepo } from '../../fixtures/cli-scan/git';
import { githubToken } from '../../fixtures/cli-scan/secrets';
import { assertNoPlantedValue } from '../../support/plantedSearch';
import { useDist } from '../../support/dist';

const PROJECT = path.resolve(__dirname, '../../..');
const CLI = path.join(PROJECT, 'dist', 'cli.js');

function commit(repo: string) {
  const r = spawnSync('git', ['commit', '-q', '-m', 'change'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('the pre-commit hook cannot be walked around', function () {
  this.timeout(60_000);
  let repo: string;
  let token: string;
  let head: string;
  useDist();
  beforeEach(() => {
    repo = tempRepo('keyward-bypass-');
    token = githubToken();
    const install = spawnSync(process.execPath, [CLI, 'hook', 'install'], {
      cwd: repo,
      env: GIT_ENV,
      encoding: 'utf8',
    });
    assert.equal(install.status, 0, install.stderr);
    writeFileSync(path.join(repo, 'README.md'), '# demo\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'init');
    head = git(repo, 'rev-parse', 'HEAD');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  function assertBlocked(file: RegExp) {
    const r = commit(repo);
    assert.notEqual(r.status, 0, `the commit went through:\n${r.output}`);
    assert.match(r.output, file);
    assertNoPlantedValue(r.output, [token], "the hook's output");
    assert.equal(git(repo, 'rev-parse', 'HEAD'), head, 'no commit was recorded');
  }

  it('a symlink that became a regular file (status T)', () => {
    symlinkSync('README.md', path.join(repo, 'config.js'));
    git(repo, 'add', 'config.js');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'link');
    head = git(repo, 'rev-parse', 'HEAD');
    unlinkSync(path.join(repo, 'config.js'));
    writeFileSync(path.join(repo, 'config.js'), `const token = "${token}";\n`);
    git(repo, 'add', 'config.js');
    assert.match(git(repo, 'diff', '--cached', '--name-status'), /^T\tconfig\.js$/m);
    assertBlocked(/^config\.js:1:\d+\s+error\s+github/m);
  });

  it('a file named 1:leak.js (which `git show :1:leak.js` reads as stage 1 of leak.js)', () => {
    writeFileSync(path.join(repo, '1:leak.js'), `const token = "${token}";\n`);
    git(repo, 'add', '.');
    assertBlocked(/^1:leak\.js:1:\d+\s+error/m);
  });

  it('a file named 0:w.js next to a clean w.js (whose index copy was scanned instead)', () => {
    writeFileSync(path.join(repo, 'w.js'), 'export const ok = true;\n');
    writeFileSync(path.join(repo, '0:w.js'), `const token = "${token}";\n`);
    git(repo, 'add', '.');
    assertBlocked(/^0:w\.js:1:\d+\s+error/m);
  });

  it('a file name that is not UTF-8', () => {
    const name = Buffer.concat([Buffer.from(`${repo}/le`), Buffer.from([0x80, 0xff]), Buffer.from('k.js')]);
    writeFileSync(name, `const token = "${token}";\n`);
    git(repo, 'add', '.');
    assertBlocked(/^le\\200\\377k\.js:1:\d+\s+error/m);
  });

  it('a renamed file whose content changed on the way', () => {
    writeFileSync(path.join(repo, 'old.js'), 'export const a = 1;\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'old');
    head = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'mv', 'old.js', 'new.js');
    writeFileSync(path.join(repo, 'new.js'), `export const a = 1;\nconst token = "${token}";\n`);
    git(repo, 'add', '.');
    assertBlocked(/^new\.js:2:\d+\s+error/m);
  });

  it('text under a binary-looking name (notes.png)', () => {
    writeFileSync(path.join(repo, 'notes.png'), `token: ${token}\n`);
    git(repo, 'add', '.');
    assertBlocked(/^notes\.png:1:\d+\s+error/m);
  });

  it('git commit PATH, which commits through a temporary index (GIT_INDEX_FILE)', () => {
    writeFileSync(path.join(repo, 'README.md'), `# demo\ntoken: ${token}\n`);
    const r = spawnSync('git', ['commit', '-q', '-m', 'docs', 'README.md'], {
      cwd: repo,
      env: GIT_ENV,
      encoding: 'utf8',
    });
    assert.notEqual(r.status, 0, `the commit went through:\n${r.stdout}${r.stderr}`);
    assert.match(r.stdout + r.stderr, /^README\.md:2:\d+\s+error/m);
    assert.equal(git(repo, 'rev-parse', 'HEAD'), head, 'no commit was recorded');
  });

  it('a staged blob that differs from the working tree (the index copy is what gets committed)', () => {
    mkdirSync(path.join(repo, 'src'));
    writeFileSync(path.join(repo, 'src', 'a.js'), `const token = "${token}";\n`);
    git(repo, 'add', '.');
    writeFileSync(path.join(repo, 'src', 'a.js'), 'const token = process.env.TOKEN;\n');
    assertBlocked(/^src\/a\.js:1:\d+\s+error/m);
  });
});
