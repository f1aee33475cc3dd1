// The reproduction on a real, nearly full file system: a small tmpfs (mounting needs
// root, as in CI; elsewhere these tests skip and say why). Nothing is simulated here: the kernel
// writes part of the file and then reports ENOSPC, exactly as it did when the bug lost every key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { keyward } from '../../support/cli';

function mountTmpfs(size: string): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'keyward-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  console.log(`      (skipped: cannot mount a tmpfs here: ${(mounted.stderr || mounted.error?.message || '').trim()})`);
  return undefined;
}

function unmount(dir: string): void {
  spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}

const files = (dir: string) =>
  new Map(readdirSync(path.join(dir, '.keyward')).map((f) => [f, readFileSync(path.join(dir, '.keyward', f))]));

describe('a nearly full disk (real tmpfs)', function () {
  this.timeout(120_000);
  const env = { KEYWARD_MASTER_KEY: generateMasterKey().toString('base64') };
  const value = () => randomBytes(15_000).toString('base64').slice(0, 20_000);

  it('vault rm on a 400 KB tmpfs with three 20 KB keys and a 60 KB filler fails and loses nothing', function () {
    const dir = mountTmpfs('400k');
    if (!dir) return this.skip();
    try {
      const run = (args: string[], input = '') => keyward(args, { cwd: dir, env, input });
      assert.equal(run(['vault', 'init']).code, 0);
      for (const name of ['K1', 'K2', 'K3']) assert.equal(run(['vault', 'add', name, '--force'], value()).code, 0);
      writeFileSync(path.join(dir, 'filler'), randomBytes(60_000));
      const before = files(dir);
      const rm = run(['vault', 'rm', 'K1']);
      assert.equal(rm.code, 2, rm.stdout + rm.stderr);
      assert.match(rm.stderr, /the disk is full \(ENOSPC\).*Nothing was changed/);
      assert.doesNotMatch(rm.stdout, /Deleted/);
      assert.deepEqual(files(dir), before, 'vault.db and vault.db.bak are byte-identical to before');
      assert.match(run(['vault', 'list']).stdout, /K1[\s\S]*K2[\s\S]*K3/);

      assert.equal(spawnSync('mount', ['-o', 'remount,size=1m', dir]).status, 0);
      const retry = run(['vault', 'rm', 'K1']);
      assert.equal(retry.code, 0, `with room again the same command succeeds: ${retry.stderr}`);
    } finally {
      unmount(dir);
    }
  });

  it('vault add and rotate-master on a 200 KB tmpfs fail loudly instead of losing the key', function () {
    const dir = mountTmpfs('200k');
    if (!dir) return this.skip();
    try {
      const run = (args: string[], input = '', extra = {}) =>
        keyward(args, { cwd: dir, env: { ...env, ...extra }, input });
      assert.equal(run(['vault', 'init']).code, 0);
      assert.equal(run(['vault', 'add', 'K1', '--force'], value()).code, 0);
      const before = files(dir);
      const add = run(['vault', 'add', 'K2', '--force'], value());
      assert.equal(add.code, 2, add.stdout + add.stderr);
      assert.match(add.stderr, /the disk is full \(ENOSPC\).*Nothing was changed/);
      assert.deepEqual(files(dir), before);

      const rotate = run(['vault', 'rotate-master'], '', {
        KEYWARD_NEW_MASTER_KEY: generateMasterKey().toString('base64'),
      });
      assert.equal(rotate.code, 2, rotate.stdout + rotate.stderr);
      assert.match(rotate.stderr, /ENOSPC/);
      assert.deepEqual(files(dir), before, 'the rotation left the vault under the old key, byte for byte');
      assert.equal(run(['vault', 'list']).code, 0);
    } finally {
      unmount(dir);
    }
  });
});
