/** The record in a lock file. `boot`, `start` and `token` are absent in locks of older versions. */
export interface LockOwner {
  pid: number;
  host: string;
  since: number;
  /** The holder's machine boot id (Linux): a lock from before a reboot has no live holder. */
  boot?: string;
  /** The holder's process start time (Linux): tells the holder from a later process given the same pid. */
  start?: string;
  /** Random per acquisition, so a holder releases only its own lock. */
  token?: string;
}

/** What was found at the lock path. */
export interface LockSeen {
  type: 'missing' | 'file' | 'symlink' | 'folder' | 'other';
  /** The file's text or the link's target, compared again before a takeover. */
  raw?: string;
  mtimeMs?: number;
  owner?: LockOwner;
}

export type LockVerdict = { kind: 'held' } | { kind: 'stale'; why: string } | { kind: 'foreign'; what: string };

interface Here {
  host: string;
  boot: string | undefined;
  now: number;
}

interface Processes {
  alive(pid: number): boolean;
  startTime(pid: number): string | undefined;
}

/**
 * A holder on another host (or one whose start time cannot be checked) that has not let go after
 * this long is presumed dead: saves take milliseconds, and it is shorter than the 15 s a waiter
 * waits, so a waiter takes such a lock over instead of failing.
 */
export const FOREIGN_STALE_AFTER_MS = 10_000;

/**
 * Decides whether a lock still has a live holder. On this host that is a question about the
 * process, never about clocks: the pid must exist and (where the OS tells) have the start time
 * recorded, in the same boot. A lock Keyward cannot have written (garbage, empty, a symlink) has
 * no holder. Only a lock from another host is judged by age, measured from the earlier of its
 * recorded time and its file's mtime, so a `since` in the future cannot keep it alive.
 */
export function judgeLock(seen: LockSeen, here: Here, processes: Processes): LockVerdict {
  if (seen.type === 'missing') return { kind: 'stale', why: 'released' };
  if (seen.type === 'folder') return { kind: 'foreign', what: 'a folder' };
  if (seen.type === 'other') return { kind: 'foreign', what: 'neither a file nor a symlink' };
  if (seen.type === 'symlink') return { kind: 'stale', why: 'a symlink is never a Keyward lock' };
  if (seen.raw === undefined) return { kind: 'held' }; // unreadable (another user's): cannot judge
  const owner = seen.owner;
  if (!owner) return { kind: 'stale', why: 'not a lock record Keyward writes' };
  if (owner.host === here.host) {
    if (owner.boot && here.boot && owner.boot !== here.boot) return { kind: 'stale', why: 'from before a reboot' };
    if (!processes.alive(owner.pid)) return { kind: 'stale', why: 'its process has exited' };
    const start = owner.start && processes.startTime(owner.pid);
    if (start && start !== owner.start) return { kind: 'stale', why: 'its pid now belongs to another process' };
    if (owner.start || !isOld(owner, seen, here.now)) return { kind: 'held' };
    return { kind: 'stale', why: 'an old lock whose holder cannot be verified' };
  }
  return isOld(owner, seen, here.now) ? { kind: 'stale', why: 'too old' } : { kind: 'held' };
}

function isOld(owner: LockOwner, seen: LockSeen, now: number): boolean {
  const since = Math.min(owner.since, seen.mtimeMs ?? owner.since);
  return now - since > FOREIGN_STALE_AFTER_MS;
}
