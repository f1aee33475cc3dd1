// Locks never wedge: a lock whose holder is provably gone is taken over at once, whatever its
// content says; a live holder is never displaced; a waiter that gives up names the lock file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { type KeywardError } from '../../../src/core/errors';
import { acquireLock } from '../../../src/core/vault/lock';
import { judgeLock, type LockSeen } from '../../../src/core/vault/lockOwner';
import { bootId, processStartTime } from '../../../src/core/vault/processIdentity';
import { useTempDir } from '../../support/tempDir';

const here = { host: 'this-host', boot: 'boot-1', now: 1_000_000_000 };
const live = { alive: () => true, startTime: () => 'start-1' };
const dead = { alive: () => false, startTime: () => undefined };
const file = (owner: object, mtimeMs = here.now): LockSeen => ({
  type: 'file',
  raw: JSON.stringify(owner),
  mtimeMs,
  owner: owner as LockSeen['owner'],
});

describe('vault lock', () => {
  describe('judging a lock', () => {
    const mine = { pid: 42, host: 'this-host', since: here.now, boot: 'boot-1', start: 'start-1' };

    it('keeps a live holder on this host, whatever its since says', () => {
      assert.equal(judgeLock(file(mine), here, live).kind, 'held');
      assert.equal(judgeLock(file({ ...mine, since: here.now - 3_600_000 }), here, live).kind, 'held');
    });

    it('takes over a lock whose process exited, even with a since in the future', () => {
      assert.equal(judgeLock(file({ ...mine, since: here.now + 86_400_000 }), here, dead).kind, 'stale');
    });

    it('takes over a lock whose pid now belongs to another process, or that predates a reboot', () => {
      assert.equal(judgeLock(file({ ...mine, start: 'start-0' }), here, live).kind, 'stale');
      assert.equal(judgeLock(file({ ...mine, boot: 'boot-0' }), here, live).kind, 'stale');
    });

    it('takes over garbage, an empty file and a symlink (Keyward writes none of them)', () => {
      assert.equal(judgeLock({ type: 'file', raw: 'garbage{', mtimeMs: here.now }, here, live).kind, 'stale');
      assert.equal(judgeLock({ type: 'file', raw: '', mtimeMs: here.now }, here, live).kind, 'stale');
      assert.equal(judgeLock({ type: 'symlink', raw: '/nowhere' }, here, live).kind, 'stale');
    });

    it('refuses to remove a folder at the lock path', () => {
      assert.deepEqual(judgeLock({ type: 'folder' }, here, live), { kind: 'foreign', what: 'a folder' });
    });

    it('judges another host by age from the earlier of since and the file time, so a future since cannot keep it', () => {
      const remote = { pid: 42, host: 'other-host', since: here.now + 86_400_000 };
      assert.equal(judgeLock(file(remote, here.now), here, live).kind, 'held');
      assert.equal(judgeLock(file(remote, here.now - 60_000), here, live).kind, 'stale');
    });
  });

  describe('acquiring', () => {
    const dir = useTempDir();
    const lock = () => path.join(dir(), 'vault.db.lock');
    const takes = async (timeoutMs = 2_000) => {
      const started = Date.now();
      const release = await acquireLock(lock(), { timeoutMs });
      release();
      return Date.now() - started;
    };

    it('takes over a garbage, empty or dangling-symlink lock at once', async () => {
      for (const plant of [
        () => writeFileSync(lock(), 'garbage{'),
        () => writeFileSync(lock(), ''),
        () => symlinkSync(path.join(dir(), 'missing-target'), lock()),
      ]) {
        plant();
        assert.ok((await takes()) < 1_000);
        assert.ok(!existsSync(lock()), 'released');
        assert.ok(!existsSync(path.join(dir(), 'missing-target')), 'never wrote through the link');
      }
    });

    it('takes over a dead process lock with a since in the future', async () => {
      const child = spawn(process.execPath, ['-e', '']);
      await new Promise((resolve) => child.on('close', resolve));
      writeFileSync(
        lock(),
        JSON.stringify({ pid: child.pid, host: hostname(), since: Date.now() + 86_400_000, boot: bootId() }),
      );
      assert.ok((await takes()) < 1_000);
    });

    it('takes over a lock naming a live pid with another start time (pid reused)', async () => {
      const owner = { pid: process.pid, host: hostname(), since: Date.now(), boot: bootId(), start: '1' };
      writeFileSync(lock(), JSON.stringify(owner));
      if (!processStartTime(process.pid)) return; // no /proc: start times cannot be compared here
      assert.ok((await takes()) < 1_000);
    });

    it('waits for a live holder, then names the holder and the lock file', async () => {
      const release = await acquireLock(lock());
      await assert.rejects(acquireLock(lock(), { timeoutMs: 300 }), (error: KeywardError) => {
        assert.equal(error.code, 'vault-locked');
        assert.match(error.message, new RegExp(`process ${process.pid} on `));
        assert.ok(error.message.includes(lock()), error.message);
        return true;
      });
      release();
      assert.ok((await takes()) < 1_000);
    });

    it('takes over an old lock from another host even if its since lies in the future', async () => {
      writeFileSync(lock(), JSON.stringify({ pid: 1, host: 'elsewhere', since: Date.now() + 86_400_000 }));
      const past = new Date(Date.now() - 60_000);
      utimesSync(lock(), past, past);
      assert.ok((await takes()) < 1_000);
    });

    it('refuses at once, naming it, when a folder sits at the lock path', async () => {
      mkdirSync(lock());
      const started = Date.now();
      await assert.rejects(acquireLock(lock(), { timeoutMs: 5_000 }), /lock file .*vault\.db\.lock is a folder/);
      assert.ok(Date.now() - started < 1_000);
    });

    it('releases only its own lock', async () => {
      const release = await acquireLock(lock());
      const record = readFileSync(lock(), 'utf8');
      writeFileSync(lock(), JSON.stringify({ ...JSON.parse(record), token: 'someone-else' }));
      release();
      assert.ok(existsSync(lock()), 'a lock that is no longer ours stays');
    });
  });
});
