import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { KeywardError } from '../errors';

/** A holder that has not released the lock after this long is presumed dead (saves take milliseconds). */
const STALE_AFTER_MS = 30_000;

interface LockOwner {
  pid: number;
  host: string;
  since: number;
}

export interface LockOptions {
  timeoutMs?: number;
}

/**
 * Cross-process exclusive lock beside the vault (`vault.db.lock`), created with O_EXCL.
 * A lock left by a crashed process (dead pid on this host, or older than STALE_AFTER_MS)
 * is taken over, so one crash never wedges the vault.
 */
export async function acquireLock(lockPath: string, { timeoutMs = 15_000 }: LockOptions = {}): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: Date.now() };
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath, owner)) return () => release(lockPath, owner);
    const current = readOwner(lockPath);
    if (current && isStale(current)) {
      takeOverStale(lockPath, current);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = current
        ? `process ${current.pid} on ${current.host} since ${new Date(current.since).toISOString()}`
        : 'another process';
      throw new KeywardError(`The vault is locked by ${who}. Try again when it has finished.`, 'vault-locked');
    }
    await sleep(Math.min(5 + attempt * 2, 40) + Math.random() * 10);
  }
}

/** Writes the owner record first, then links it into place: the lock never exists half-written. */
function tryCreate(lockPath: string, owner: LockOwner): boolean {
  const draft = `${lockPath}.${randomBytes(6).toString('hex')}.new`;
  const fd = openSync(draft, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'number') {
      return parsed as LockOwner;
    }
  } catch {
    // Released between our attempt and this read.
  }
  return undefined;
}

function isStale(owner: LockOwner): boolean {
  if (Date.now() - owner.since > STALE_AFTER_MS) return true;
  return owner.host === hostname() && !processAlive(owner.pid);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves the stale lock aside, then checks that it really was the stale one. If a live process
 * re-created the lock between our read and the rename, its lock goes back where it was.
 */
function takeOverStale(lockPath: string, stale: LockOwner): void {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // another waiter moved it first
  }
  const moved = readOwner(aside);
  if (moved && !sameOwner(moved, stale)) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // A third process took the free lock in that instant; the owner we displaced finds
      // its lock gone at release and leaves the newcomer's alone.
    }
  }
  unlinkSync(aside);
}

function sameOwner(a: LockOwner, b: LockOwner): boolean {
  return a.pid === b.pid && a.since === b.since && a.host === b.host;
}

function release(lockPath: string, owner: LockOwner): void {
  const current = readOwner(lockPath);
  if (current && sameOwner(current, owner)) unlinkSync(lockPath);
}
