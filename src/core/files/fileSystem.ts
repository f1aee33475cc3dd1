import * as fs from 'node:fs';

/**
 * The synchronous file operations the vault's load and save go through. Production code uses
 * `nodeFileSystem`; the fault-injection tests pass one that fails a chosen call (a short write,
 * ENOSPC, EIO, EACCES) to prove that every failure leaves the previous files as they were.
 */
export interface FileSystem {
  openSync(file: string, flags: number | string, mode?: number): number;
  closeSync(fd: number): void;
  /** Returns how many bytes were written, which may be fewer than asked. */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  fstatSync(fd: number): fs.Stats;
  statSync(file: string): fs.Stats;
  lstatSync(file: string): fs.Stats;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, link: string): void;
  unlinkSync(file: string): void;
  readdirSync(dir: string): string[];
  realpathSync(file: string): string;
  readlinkSync(file: string): string;
}

export const nodeFileSystem: FileSystem = {
  openSync: (file, flags, mode) => fs.openSync(file, flags, mode),
  closeSync: (fd) => fs.closeSync(fd),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  readSync: (fd, buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fstatSync: (fd) => fs.fstatSync(fd),
  statSync: (file) => fs.statSync(file),
  lstatSync: (file) => fs.lstatSync(file),
  renameSync: (from, to) => fs.renameSync(from, to),
  linkSync: (existing, link) => fs.linkSync(existing, link),
  unlinkSync: (file) => fs.unlinkSync(file),
  readdirSync: (dir) => fs.readdirSync(dir),
  realpathSync: (file) => fs.realpathSync(file),
  readlinkSync: (file) => fs.readlinkSync(file),
};

export function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
