import { constants, type Stats } from 'node:fs';
import { KeywardError } from '../errors';
import { errnoCode, nodeFileSystem, type FileSystem } from './fileSystem';
import { describeIoError } from './ioErrors';

/** Upper bounds on the files Keyward loads whole: far above real use, far below what hangs a process. */
export const SIZE_LIMITS = {
  vault: 256 * 1024 * 1024,
  config: 1024 * 1024,
  baseline: 64 * 1024 * 1024,
} as const;

/** What identifies one version of a file: taken from the same descriptor the bytes were read from. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export interface RegularFileRequest {
  /** Names the file in messages, e.g. "vault", "scan configuration". */
  what: string;
  maxBytes: number;
  fs?: FileSystem;
}

export function identityOfStats({ dev, ino, size, mtimeMs }: Stats): FileIdentity {
  return { dev, ino, size, mtimeMs };
}

/**
 * Reads a whole file only if it is a regular file (directly or through symlinks) under the size
 * limit. A FIFO, a device (`ln -s /dev/zero`) or a folder is refused before it is opened, so
 * nothing blocks or grows without end; O_NONBLOCK and a second check on the descriptor close the
 * gap between the check and the open. `undefined` when the file does not exist.
 */
export function readRegularFile(
  file: string,
  { what, maxBytes, fs = nodeFileSystem }: RegularFileRequest,
): { bytes: Buffer; identity: FileIdentity } | undefined {
  let before: Stats;
  try {
    before = fs.statSync(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw cannotRead(file, what, error);
  }
  checkShape(file, what, maxBytes, before);
  let fd: number;
  try {
    fd = fs.openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw cannotRead(file, what, error);
  }
  try {
    const stats = fs.fstatSync(fd);
    checkShape(file, what, maxBytes, stats);
    return { bytes: readAll(fs, fd, file, what, stats.size, maxBytes), identity: identityOfStats(stats) };
  } catch (error) {
    if (error instanceof KeywardError) throw error;
    throw cannotRead(file, what, error);
  } finally {
    fs.closeSync(fd);
  }
}

function checkShape(file: string, what: string, maxBytes: number, stats: Stats): void {
  if (!stats.isFile()) {
    throw new KeywardError(
      `${file} is ${kindOf(stats)}, not a regular file; Keyward reads its ${what} only from a regular file. It was left untouched.`,
      'io',
    );
  }
  if (stats.size > maxBytes) throw tooLarge(file, what, maxBytes);
}

/** Reads to the end, never past the limit: a file that grows while being read is refused, not followed. */
function readAll(fs: FileSystem, fd: number, file: string, what: string, size: number, maxBytes: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.max(size, 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(file, what, maxBytes);
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function tooLarge(file: string, what: string, maxBytes: number): KeywardError {
  return new KeywardError(
    `${file} is larger than ${Math.round(maxBytes / (1024 * 1024))} MiB, the limit for a ${what}. It was left untouched.`,
    'io',
  );
}

function cannotRead(file: string, what: string, error: unknown): KeywardError {
  return new KeywardError(`Cannot read the ${what} ${file}: ${describeIoError(error)}.`, 'io');
}
