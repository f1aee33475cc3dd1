import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../errors';
import { errnoCode, nodeFileSystem, type FileSystem } from '../files/fileSystem';
import { describeIoError } from '../files/ioErrors';
import { identityOfStats } from '../files/regularFile';
import { fsyncFolder, ShortWrite, writeAll } from '../files/writeFile';
import { backupPath, nonceOf, type VaultIdentity } from './vaultFile';

/** After a normal save the backup is the previous vault; after an erasure it is the new file itself. */
export type BackupMode = 'previous' | 'current';

type Step = 'write' | 'sync' | 'verify' | 'backup' | 'replace' | 'folder';

const DOING: Record<Step, string> = {
  write: 'writing the new version to a temp file',
  sync: 'flushing the temp file to disk',
  verify: 'reading the temp file back to verify it',
  backup: 'keeping the previous version as the backup',
  replace: 'putting the new version in place',
  folder: 'flushing the folder to disk',
};

/**
 * Saves the vault so that no failure loses anything:
 *   1. the bytes go to a temp file beside the vault, in a loop until every byte is written;
 *   2. the temp file is fsynced, then read back and compared with what was meant (size, every
 *      byte, and SQLite's own page count), so a short or lost write is caught before anything
 *      else is touched;
 *   3. hard links keep the current vault and backup, so every later step can be undone;
 *   4. the backup is rotated (to the previous vault, proven good when it was loaded, or to the
 *      verified new file for erasures), the temp file is renamed over the vault, and the folder
 *      is fsynced.
 * On any failure the renames are undone and the error says what happened; only if undoing fails
 * too does it say which file now holds what. A crash at any point leaves the old or the new file.
 * `target` is the real path (see resolveVaultTarget).
 */
export function saveVaultFile(
  target: string,
  bytes: Uint8Array,
  { backup, fs = nodeFileSystem }: { backup: BackupMode; fs?: FileSystem },
): VaultIdentity {
  const save = new SaveInProgress(fs, target);
  try {
    const identity = save.writeVerifiedTemp(bytes);
    save.keepCurrentFiles();
    save.rotateBackup(backup);
    save.replaceVault();
    save.syncFolder();
    save.dropKeptFiles();
    return identity;
  } catch (error) {
    throw save.undo(error);
  }
}

class SaveInProgress {
  private step: Step = 'write';
  private readonly tag = randomBytes(6).toString('hex');
  private readonly backup: string;
  private readonly temp: string;
  private keptVault: string | undefined;
  private keptBackup: string | undefined;
  private backupRotated = false;
  private vaultReplaced = false;

  constructor(
    private readonly fs: FileSystem,
    private readonly target: string,
  ) {
    this.backup = backupPath(target);
    this.temp = `${target}.${this.tag}.tmp`;
  }

  writeVerifiedTemp(bytes: Uint8Array): VaultIdentity {
    const fd = this.fs.openSync(this.temp, 'wx', 0o600);
    let identity: VaultIdentity;
    try {
      writeAll(this.fs, fd, bytes);
      this.step = 'sync';
      this.fs.fsyncSync(fd);
      identity = { ...identityOfStats(this.fs.fstatSync(fd)), nonce: nonceOf(bytes) };
    } finally {
      this.fs.closeSync(fd);
    }
    this.step = 'verify';
    verifyWritten(this.fs, this.temp, bytes);
    return identity;
  }

  keepCurrentFiles(): void {
    this.step = 'backup';
    const existing = lstatIfPresent(this.fs, this.backup);
    if (existing && !existing.isFile()) {
      throw new SaveProblem(`${path.basename(this.backup)} is not a regular file (move it out of the way)`);
    }
    this.keptVault = this.linkIfPresent(this.target, `${this.target}.${this.tag}.kept.tmp`);
    this.keptBackup = this.linkIfPresent(this.backup, `${this.backup}.${this.tag}.kept.tmp`);
  }

  rotateBackup(mode: BackupMode): void {
    const source = mode === 'current' ? this.temp : this.keptVault;
    if (!source) return; // a first save has no previous version to keep
    const staged = `${this.backup}.${this.tag}.tmp`;
    this.fs.linkSync(source, staged);
    try {
      this.fs.renameSync(staged, this.backup);
    } catch (error) {
      this.unlinkQuietly(staged);
      throw error;
    }
    this.backupRotated = true;
  }

  replaceVault(): void {
    this.step = 'replace';
    this.fs.renameSync(this.temp, this.target);
    this.vaultReplaced = true;
  }

  syncFolder(): void {
    this.step = 'folder';
    fsyncFolder(this.fs, path.dirname(this.target));
  }

  /** The kept links of an erasure hold the deleted values: they go as soon as the save stands. */
  dropKeptFiles(): void {
    for (const kept of [this.keptVault, this.keptBackup]) if (kept) this.unlinkQuietly(kept);
  }

  /** Puts the previous files back and builds the error that says what happened. */
  undo(error: unknown): KeywardError {
    const problems: string[] = [];
    const restore = (done: boolean, kept: string | undefined, file: string) => {
      if (!done) return;
      try {
        if (kept) this.fs.renameSync(kept, file);
        else this.fs.unlinkSync(file);
      } catch (restoreError) {
        problems.push(`${path.basename(file)}: ${describeIoError(restoreError)}`);
      }
    };
    restore(this.vaultReplaced, this.keptVault, this.target);
    restore(this.backupRotated, this.keptBackup, this.backup);
    if (this.vaultReplaced || this.backupRotated) {
      try {
        fsyncFolder(this.fs, path.dirname(this.target));
      } catch {
        // The names are back; only their durability is in doubt, which the retry settles.
      }
    }
    for (const leftover of [this.temp, this.keptVault, this.keptBackup]) if (leftover) this.unlinkQuietly(leftover);
    const what = `Could not save the vault ${this.target}: ${reasonOf(error)} while ${DOING[this.step]}.`;
    if (problems.length === 0) {
      return new KeywardError(`${what} Nothing was changed: the vault and its backup are as they were.`, 'io');
    }
    const vault = this.vaultReplaced ? 'may now hold this change' : 'is unchanged';
    return new KeywardError(
      `${what} Putting the previous files back failed too (${problems.join('; ')}): the vault ${vault}, ` +
        `and ${path.basename(this.backup)} may hold the previous version. Check both before changing anything else.`,
      'io',
    );
  }

  private linkIfPresent(file: string, link: string): string | undefined {
    try {
      this.fs.linkSync(file, link);
      return link;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  }

  private unlinkQuietly(file: string): void {
    try {
      this.fs.unlinkSync(file);
    } catch {
      // Gone already, or left for removeStaleTemps under the next lock.
    }
  }
}

/** The temp file must hold exactly the bytes meant, and they must describe a whole SQLite file. */
function verifyWritten(fs: FileSystem, file: string, expected: Uint8Array): void {
  const fd = fs.openSync(file, constants.O_RDONLY);
  try {
    const size = fs.fstatSync(fd).size;
    if (size !== expected.length) throw new SaveProblem(`the temp file holds ${size} of ${expected.length} bytes`);
    const actual = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, actual, read, size - read, read);
      if (n <= 0) break;
      read += n;
    }
    if (read !== size || !actual.equals(expected))
      throw new SaveProblem('the temp file read back differs from what was written');
    if (sqlitePagesBytes(actual) !== size) throw new SaveProblem('the new version is not a complete SQLite file');
  } finally {
    fs.closeSync(fd);
  }
}

/** A reason in plain words, for failures that are not an errno. */
class SaveProblem extends Error {}

/** Page size times page count from the header (offsets 16 and 28); 1 in the page size field means 65536. */
function sqlitePagesBytes(bytes: Buffer): number {
  if (bytes.length < 100) return -1;
  const pageSize = bytes.readUInt16BE(16);
  return (pageSize === 1 ? 65536 : pageSize) * bytes.readUInt32BE(28);
}

function lstatIfPresent(fs: FileSystem, file: string): Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof ShortWrite) return error.describe();
  if (error instanceof SaveProblem) return error.message;
  return describeIoError(error);
}
