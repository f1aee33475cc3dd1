// The file-system calls a listing of the working tree makes. Promise-based calls keep a thread
// free (the extension host must never block), but each costs a thread-pool round trip and a
// promise, several times the CPU of the blocking call: where the thread may block (the CLI),
// the same walk makes blocking calls, wrapped so that failures still arrive as rejections.
import { type Dirent, lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';

export interface ListingFs {
  readdir(dir: string): Promise<Dirent[]>;
  lstat(file: string): Promise<Stats>;
  realpath(file: string): Promise<string>;
  readText(file: string): Promise<string>;
}

export const promiseFs: ListingFs = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  lstat: (file) => lstat(file),
  realpath: (file) => realpath(file),
  readText: (file) => readFile(file, 'utf8'),
};

/** A blocking call as a promise: its result, or what it threw as a rejection. */
const blocking = <T>(call: () => T): Promise<T> => new Promise<T>((resolve) => resolve(call()));

export const blockingFs: ListingFs = {
  readdir: (dir) => blocking(() => readdirSync(dir, { withFileTypes: true })),
  lstat: (file) => blocking(() => lstatSync(file)),
  realpath: (file) => blocking(() => realpathSync(file)),
  readText: (file) => blocking(() => readFileSync(file, 'utf8')),
};
