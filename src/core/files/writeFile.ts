import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../errors';
import { errnoCode, nodeFileSystem, type FileSystem } from './fileSystem';
import { describeIoError } from './ioErrors';

/** A write that stopped before the end: how far it got, and the error that stopped it, if any. */
export class ShortWrite extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
    readonly reason?: unknown,
  ) {
    super(`only ${written} of ${total} bytes could be written`);
  }

  describe(): string {
    const why = this.reason === undefined ? 'the disk accepted no more (full?)' : describeIoError(this.reason);
    return `${why} after ${this.written.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')} bytes had been written`;
  }
}

/** write(2) may write less than asked (on a full disk Linux does, without an error): loop, and treat no progress as failure. */
export function writeAll(fs: FileSystem, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    let written: number;
    try {
      written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      throw offset > 0 ? new ShortWrite(offset, bytes.length, error) : error;
    }
    if (written <= 0) throw new ShortWrite(offset, bytes.length);
    offset += written;
  }
}

export function fsyncFolder(fs: FileSystem, dir: string): void {
  const fd = fs.openSync(dir, constants.O_RDONLY);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces a small file (a baseline, a rewritten .env) atomically: temp file beside it, every
 * byte written and fsynced, renamed over it, folder fsynced. On failure the old file stays as
 * it was and the temp file goes. An existing file keeps its permission bits.
 */
export function writeFileAtomically(
  file: string,
  content: string | Uint8Array,
  mode: number,
  fs: FileSystem = nodeFileSystem,
): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    let keptMode = mode;
    try {
      keptMode = fs.statSync(file).mode & 0o777;
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    const fd = fs.openSync(temp, 'wx', keptMode);
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    fsyncFolder(fs, path.dirname(file));
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    const why = error instanceof ShortWrite ? error.describe() : describeIoError(error);
    throw new KeywardError(`Could not write ${file}: ${why}. The previous file was left as it was.`, 'io');
  }
}
