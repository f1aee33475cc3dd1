import { randomBytes } from 'node:crypto';
import { KeywardError } from '../errors';
import { errnoCode, type FileSystem } from '../files/fileSystem';
import { describeIoError } from '../files/ioErrors';
import { backupPath } from './vaultFile';

/**
 * Hard links to the vault and its backup as they are now, so that a change made of several saves
 * (a master-key rotation) can be undone as a whole: if a later save fails, both files go back to
 * exactly these bytes. Use only while holding the vault lock; the links are `.tmp` files, which
 * the next lock holder removes if this process dies first.
 */
export class Checkpoint {
  private constructor(
    private readonly fs: FileSystem,
    private readonly target: string,
    private readonly vault: string,
    private readonly backup: string | undefined,
  ) {}

  static take(fs: FileSystem, target: string): Checkpoint {
    const tag = randomBytes(6).toString('hex');
    const vault = `${target}.${tag}.checkpoint.tmp`;
    fs.linkSync(target, vault);
    let backup: string | undefined = `${backupPath(target)}.${tag}.checkpoint.tmp`;
    try {
      fs.linkSync(backupPath(target), backup);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') {
        fs.unlinkSync(vault);
        throw error;
      }
      backup = undefined;
    }
    return new Checkpoint(fs, target, vault, backup);
  }

  /** Puts both files back; throws a message naming what could not be restored. */
  restore(): void {
    try {
      if (this.backup) this.fs.renameSync(this.backup, backupPath(this.target));
      else this.unlinkIfPresent(backupPath(this.target));
      this.fs.renameSync(this.vault, this.target);
    } catch (error) {
      throw new KeywardError(`restoring ${this.target} to its earlier version failed: ${describeIoError(error)}`, 'io');
    }
  }

  discard(): void {
    for (const link of [this.vault, this.backup]) if (link) this.unlinkIfPresent(link);
  }

  private unlinkIfPresent(file: string): void {
    try {
      this.fs.unlinkSync(file);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
  }
}
