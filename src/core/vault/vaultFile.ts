import { constants } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../errors';
import { errnoCode, nodeFileSystem, type FileSystem } from '../files/fileSystem';
import { describeIoError } from '../files/ioErrors';
import { identityOfStats, readRegularFile, SIZE_LIMITS, type FileIdentity } from '../files/regularFile';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
/** SQLite's `user_version` header field: every save stamps a fresh random value there (see saveNonce). */
const NONCE_OFFSET = 60;

/**
 * What identifies one saved version of the vault: the inode's identity, taken from the same
 * descriptor the bytes were read from, plus the random stamp each save writes into the header.
 * The stamp still tells two saves apart when a file system reuses an inode number within one
 * timestamp tick and the sizes agree (SQLite files grow in whole pages).
 */
export interface VaultIdentity extends FileIdentity {
  nonce: number;
}

export function backupPath(vaultPath: string): string {
  return `${vaultPath}.bak`;
}

export function lockPath(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

/**
 * Where the vault's bytes really live. A symlinked vault is written through to its target, with
 * the temp file, backup and lock beside the target, so the link stays a link and every path to
 * the same file shares one lock. A dangling link is refused rather than replaced by a file.
 */
export function resolveVaultTarget(vaultPath: string, fs: FileSystem = nodeFileSystem): string {
  try {
    return fs.realpathSync(vaultPath);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw unreadable(vaultPath, error);
  }
  let isLink = false;
  try {
    isLink = fs.lstatSync(vaultPath).isSymbolicLink();
  } catch {
    // Nothing there: the vault will be created at its own path, in its folder's real location.
  }
  if (isLink) {
    throw new KeywardError(
      `${vaultPath} is a symlink to ${fs.readlinkSync(vaultPath)}, which does not exist. Restore the target or remove the link.`,
      'vault-missing',
    );
  }
  const dir = path.dirname(vaultPath);
  try {
    return path.join(fs.realpathSync(dir), path.basename(vaultPath));
  } catch {
    return vaultPath;
  }
}

/** Whether a vault file (or a link to one) exists at the path; what it is gets checked on reading. */
export function vaultExists(vaultPath: string, fs: FileSystem = nodeFileSystem): boolean {
  try {
    fs.statSync(vaultPath);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw unreadable(vaultPath, error);
  }
}

export function sameIdentity(a: VaultIdentity | undefined, b: VaultIdentity | undefined): boolean {
  return (
    !!a &&
    !!b &&
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.nonce === b.nonce
  );
}

export function nonceOf(bytes: Uint8Array): number {
  return bytes.length >= HEADER_BYTES
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readInt32BE(NONCE_OFFSET)
    : 0;
}

/**
 * Reads the vault's bytes and identity from one descriptor, refusing anything that is not an
 * SQLite database in a regular file under the size limit before sql.js sees it.
 */
export function readVaultBytes(
  vaultPath: string,
  fs: FileSystem = nodeFileSystem,
): { bytes: Uint8Array; identity: VaultIdentity } {
  const read = readRegularFile(vaultPath, { what: 'vault', maxBytes: SIZE_LIMITS.vault, fs });
  if (!read) {
    throw new KeywardError(`No vault at ${vaultPath}. Create one with \`keyward vault init\`.`, 'vault-missing');
  }
  const { bytes, identity } = read;
  if (bytes.length < SQLITE_MAGIC.length || !bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new KeywardError(
      `${vaultPath} is not a Keyward vault (not an SQLite database). It was left untouched.`,
      'vault-corrupt',
    );
  }
  return { bytes, identity: { ...identity, nonce: nonceOf(bytes) } };
}

/**
 * The identity of the vault on disk now, read cheaply (stat and header only) from one
 * descriptor; undefined when there is no readable regular file, which makes callers reload and
 * meet the full check's clear error.
 */
export function currentIdentity(vaultPath: string, fs: FileSystem = nodeFileSystem): VaultIdentity | undefined {
  let fd: number;
  try {
    if (!fs.statSync(vaultPath).isFile()) return undefined;
    fd = fs.openSync(vaultPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch {
    return undefined;
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const header = Buffer.alloc(HEADER_BYTES);
    const read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    return { ...identityOfStats(stats), nonce: nonceOf(header.subarray(0, read)) };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes temp files a crashed writer left behind; call only while holding the vault lock. */
export function removeStaleTemps(vaultTarget: string, fs: FileSystem = nodeFileSystem): void {
  const dir = path.dirname(vaultTarget);
  const base = path.basename(vaultTarget);
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith(`${base}.`) && entry.endsWith('.tmp')) {
      try {
        fs.unlinkSync(path.join(dir, entry));
      } catch {
        // Already gone.
      }
    }
  }
}

function unreadable(vaultPath: string, error: unknown): KeywardError {
  return new KeywardError(`Cannot read the vault at ${vaultPath}: ${describeIoError(error)}.`, 'io');
}
