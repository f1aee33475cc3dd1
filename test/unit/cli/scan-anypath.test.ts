// `keyward scan PATH` for any path (issue 12, item 3): the root is PATH's git top level (or the
// folder itself), results are relative to it, and --root overrides.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { git, tempRepo } from '../../fixtures/cli-scan/git';
import { captureIO } from '../../fixtures/cli-scan/io';
import { genericAssignment } from '../../fixtures/cli-scan/secrets';

async function scan(cwd: string, ...args: string[]) {
  const captured = captureIO(cwd);
  const code = await runCli(['scan', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

async function files(cwd: string, ...args: string[]) {
  const r = await scan(cwd, '--format', 'json', ...args);
  assert.notEqual(r.code, 2, r.stderr);
  return (JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.file);
}

describe('keyward scan PATH anywhere', () => {
  let here: string;
  let other: string;
  let plain: string;
  beforeEach(() => {
    here = tempRepo('keyward-here-');
    other = tempRepo('keyward-other-');
    plain = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-plain-')));
    mkdirSync(path.join(other, 'src', 'deep'), { recursive: true });
    writeFileSync(path.join(other, 'src', 'deep', 'settings.py'), `${genericAssignment().line}\n`);
    mkdirSync(path.join(other, 'vendor'));
    writeFileSync(path.join(other, 'vendor', 'lib.py'), `${genericAssignment().line}\n`);
    mkdirSync(path.join(other, '.keyward'));
    writeFileSync(path.join(other, '.keyward', 'config.json'), JSON.stringify({ exclude: ['vendor/**'] }));
    mkdirSync(path.join(plain, 'conf'));
    writeFileSync(path.join(plain, 'conf', 'app.env'), `${genericAssignment('SECRET_TOKEN').line}\n`);
  });
  afterEach(() => [here, other, plain].forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('scans another checkout from inside this one, relative to its top level and with its config', async () => {
    assert.deepEqual(await files(here, other), ['src/deep/settings.py']);
    assert.deepEqual(await files(here, path.join(other, 'src')), ['src/deep/settings.py']);
    assert.deepEqual(await files(here, path.relative(here, path.join(other, 'src', 'deep', 'settings.py'))), [
      'src/deep/settings.py',
    ]);
  });

  it('roots a folder outside any repository at the folder, and a file at its folder', async () => {
    assert.deepEqual(await files(here, plain), ['conf/app.env']);
    assert.deepEqual(await files(here, path.join(plain, 'conf', 'app.env')), ['app.env']);
  });

  it('--root overrides the root', async () => {
    assert.deepEqual(await files(here, '--root', path.join(other, 'src'), other + '/src/deep'), ['deep/settings.py']);
    assert.deepEqual(await files(path.join(other, 'src'), '--root', '.'), ['deep/settings.py']);
  });

  it('scans the staged content of another repository', async () => {
    git(other, 'add', 'src');
    assert.deepEqual(await files(here, '--staged', other), ['src/deep/settings.py']);
  });

  it('refuses paths in two different roots, and a --root that is not a folder (exit 2)', async () => {
    const two = await scan(here, other, plain);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /outside the scan root .*; scan it separately or choose a common --root/);
    const file = await scan(here, '--root', path.join(plain, 'conf', 'app.env'));
    assert.equal(file.code, 2);
    assert.match(file.stderr, /--root .* is not a directory/);
    const none = await scan(here, '--staged', plain);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--staged needs a git repository/);
  });
});
