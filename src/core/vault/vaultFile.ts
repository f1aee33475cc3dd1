import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { KeywardError } from '../errors';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What identifies one saved version of the file: every save renames a new inode into place. */
export interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

export function backupPath(vaultPath: string): string {
  return `${vaultPath}.bak`;
}

export function lockPath(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

export function identityOf(vaultPath: string): FileIdentity | undefined {
  try {
    const { ino, size, mtimeMs } = statSync(vaultPath);
    return { ino, size, mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function sameIdentity(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return !!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Reads the vault's bytes, refusing anything that is not an SQLite database before sql.js sees it. */
export function readVaultBytes(vaultPath: string): { bytes: Uint8Array; identity: FileIdentity } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(vaultPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new KeywardError(`No vault at ${vaultPath}. Create one with \`keyward vault init\`.`, 'vault-missing');
    }
    throw new KeywardError(`Cannot read the vault at ${vaultPath}: ${(error as Error).message}`, 'io');
  }
  if (bytes.length < SQLITE_MAGIC.length || !bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new KeywardError(
      `${vaultPath} is not a Keyward vault (not an SQLite database). It was left untouched.`,
      'vault-corrupt',
    );
  }
  const identity = identityOf(vaultPath);
  if (!identity) throw new KeywardError(`The vault at ${vaultPath} disappeared while being read.`, 'io');
  return { bytes, identity };
}

/**
 * Replaces the vault atomically: the new bytes go to a temp file in the same folder, are
 * fsynced and renamed over the vault, and the folder is fsynced. The previous file survives as
 * `.bak` (a hard link to the old inode, so keeping it costs no copy). A crash at any point
 * leaves either the old or the new file at `vaultPath`, never a mix.
 */
export function writeVaultAtomically(
  vaultPath: string,
  bytes: Uint8Array,
  { backup }: { backup: 'previous' | 'current' },
): FileIdentity {
  const dir = path.dirname(vaultPath);
  const temp = `${vaultPath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (backup === 'previous') replaceWithLink(vaultPath, backupPath(vaultPath));
  renameSync(temp, vaultPath);
  // After a deletion the old file must not linger as the backup (right to erasure).
  if (backup === 'current') replaceWithLink(vaultPath, backupPath(vaultPath));
  fsyncDir(dir);
  const identity = identityOf(vaultPath);
  if (!identity) throw new KeywardError(`The vault at ${vaultPath} vanished right after saving.`, 'io');
  return identity;
}

/** Points `target` at `source`'s inode, atomically; no-op when there is no source yet. */
function replaceWithLink(source: string, target: string): void {
  const staging = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    linkSync(source, staging);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  renameSync(staging, target);
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes temp files a crashed writer left behind; call only while holding the vault lock. */
export function removeStaleTemps(vaultPath: string): void {
  const dir = path.dirname(vaultPath);
  const base = path.basename(vaultPath);
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(`${base}.`) && entry.endsWith('.tmp')) {
      try {
        unlinkSync(path.join(dir, entry));
      } catch {
        // Already gone.
      }
    }
  }
}
