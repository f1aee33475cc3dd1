import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { KeywardError } from '../errors';
import { describeIoError } from '../files/ioErrors';
import { bootId, processAlive, processStartTime } from './processIdentity';
import { judgeLock, type LockOwner, type LockSeen } from './lockOwner';

export interface LockOptions {
  timeoutMs?: number;
}

/**
 * Cross-process exclusive lock beside the vault (`vault.db.lock`), created with O_EXCL semantics
 * (a complete owner record hard-linked into place). A lock is taken over when its holder is
 * provably gone (see judgeLock): so a crash, a garbage or symlinked lock file, or a clock that
 * jumped never wedges the vault, and a live holder is never displaced.
 */
export async function acquireLock(lockPath: string, { timeoutMs = 15_000 }: LockOptions = {}): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  const owner = thisProcess();
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath, owner)) return () => release(lockPath, owner);
    const seen = readLock(lockPath);
    const verdict = judgeLock(seen, { host: owner.host, boot: owner.boot, now: Date.now() }, localProcess);
    if (verdict.kind === 'foreign') {
      throw new KeywardError(
        `The vault's lock file ${lockPath} is ${verdict.what}, not a Keyward lock. Remove it if no Keyward is running.`,
        'vault-locked',
      );
    }
    if (verdict.kind === 'stale') {
      takeOver(lockPath, seen);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = seen.owner
        ? `process ${seen.owner.pid} on ${seen.owner.host} (since ${new Date(seen.owner.since).toISOString()})`
        : 'another process';
      throw new KeywardError(
        `The vault is locked by ${who}; lock file ${lockPath}. Try again when it has finished, or delete the lock file if that process no longer runs.`,
        'vault-locked',
      );
    }
    await sleep(Math.min(5 + attempt * 2, 40) + Math.random() * 10);
  }
}

function thisProcess(): LockOwner {
  return {
    pid: process.pid,
    host: hostname(),
    since: Date.now(),
    boot: bootId(),
    start: processStartTime(process.pid),
    token: randomBytes(8).toString('hex'),
  };
}

const localProcess = { alive: processAlive, startTime: processStartTime };

/** Writes the owner record first, then links it into place: the lock never exists half-written. */
function tryCreate(lockPath: string, owner: LockOwner): boolean {
  const draft = `${lockPath}.${randomBytes(6).toString('hex')}.new`;
  try {
    const fd = openSync(draft, 'wx', 0o600);
    try {
      writeSync(fd, JSON.stringify(owner));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new KeywardError(`Cannot create the vault's lock file ${lockPath}: ${describeIoError(error)}.`, 'io');
  }
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new KeywardError(`Cannot create the vault's lock file ${lockPath}: ${describeIoError(error)}.`, 'io');
  } finally {
    unlinkSync(draft);
  }
}

/** What sits at the lock path, without following a symlink or trusting the content. */
function readLock(lockPath: string): LockSeen {
  let stats;
  try {
    stats = lstatSync(lockPath);
  } catch {
    return { type: 'missing' };
  }
  if (stats.isSymbolicLink()) return { type: 'symlink', raw: safely(() => readlinkSync(lockPath)) };
  if (!stats.isFile()) return { type: stats.isDirectory() ? 'folder' : 'other' };
  const raw = safely(() => readFileSync(lockPath, 'utf8'));
  return { type: 'file', raw, mtimeMs: stats.mtimeMs, owner: raw === undefined ? undefined : parseOwner(raw) };
}

function parseOwner(raw: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(raw) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'number')
      return parsed as LockOwner;
  } catch {
    // Not JSON: judged as garbage.
  }
  return undefined;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Moves the stale lock aside, then checks that it is still what was judged stale. If a live
 * process re-created the lock between our read and the rename, its lock goes back where it was.
 */
function takeOver(lockPath: string, stale: LockSeen): void {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // another waiter moved it first
  }
  const moved = readLock(aside);
  if (moved.type !== stale.type || moved.raw !== stale.raw) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // A third process took the free lock in that instant; the owner we displaced finds
      // its lock gone at release and leaves the newcomer's alone.
    }
  }
  unlinkSync(aside);
}

function release(lockPath: string, owner: LockOwner): void {
  const current = readLock(lockPath).owner;
  if (current && current.token === owner.token && current.pid === owner.pid) unlinkSync(lockPath);
}
