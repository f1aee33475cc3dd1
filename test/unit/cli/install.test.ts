// The CLI on its own: `npm pack`, then `npm install -g` of the tarball into an empty prefix with
// no network access (--offline: the bundle carries its dependencies), then `keyward` works from
// any folder. The tarball holds the bundle and nothing else (no test fixtures with fake secrets),
// and its install script builds nothing there.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import manifest from '../../../package.json';
import { githubToken } from '../../fixtures/cli-scan/secrets';

const PROJECT = path.resolve(__dirname, '../../..');

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
}

describe('the CLI installs alone from npm pack', function () {
  this.timeout(180_000);
  let work: string;
  let bin: string;
  before(() => {
    work = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-install-')));
    // The bundle must be current; packing with scripts would rebuild dist/ under other tests' feet.
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: PROJECT, stdio: 'ignore' });
    npm(['pack', '--ignore-scripts', '--pack-destination', work], PROJECT);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const prefix = path.join(work, 'prefix');
    npm(['install', '--global', '--offline', '--prefix', prefix, path.join(work, tarball)], work);
    bin = path.join(prefix, 'bin', 'keyward');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const keyward = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(bin, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: work, ...env } });

  it('ships only the bundle, the wasm, the install script, the README, the licence and the manifest', () => {
    const listing = execFileSync(
      'tar',
      [
        '-tzf',
        path.join(
          work,
          readdirSync(work).find((f) => f.endsWith('.tgz'))!,
        ),
      ],
      {
        encoding: 'utf8',
      },
    );
    assert.deepEqual(listing.trim().split('\n').sort(), [
      'package/LICENSE',
      'package/README.md',
      'package/dist/cli-main.js',
      'package/dist/cli.js',
      'package/dist/scan-worker.js',
      'package/dist/sql-wasm.wasm',
      'package/package.json',
      'package/scripts/build-on-install.mjs',
    ]);
  });

  it('keyward --version, --help and scan work from the installed command', () => {
    assert.ok(existsSync(bin));
    assert.equal(keyward(['--version'], work).stdout, `keyward ${manifest.version}\n`);
    assert.match(keyward(['scan', '--help'], work).stdout, /^Usage: keyward scan/);
    const project = path.join(work, 'project');
    mkdirSync(project);
    const token = githubToken();
    writeFileSync(path.join(project, 'config.js'), `const token = "${token}";\n`);
    const r = keyward(['scan', project], work);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^project\/config\.js:1:\d+\s+error\s+github-ghp-token/m);
    assert.ok(!r.stdout.includes(token));
  });

  it('the vault works too (sql.js and its wasm travel in the bundle)', () => {
    const project = path.join(work, 'vaulted');
    mkdirSync(project);
    const key = keyward(['keygen'], project).stdout.trim();
    const env = { KEYWARD_MASTER_KEY: key };
    assert.equal(keyward(['vault', 'init'], project, env).status, 0);
    const add = spawnSync(bin, ['vault', 'add', 'API_TOKEN', '--force'], {
      cwd: project,
      input: 'value-from-stdin',
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: work, ...env },
    });
    assert.equal(add.status, 0, add.stderr);
    assert.match(keyward(['vault', 'list'], project, env).stdout, /API_TOKEN/);
  });
});
