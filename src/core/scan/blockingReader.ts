// Blocking reads into one buffer reused from file to file. A worker reads thousands of files one
// after another; a fresh Buffer for each (readFileSync) is memory outside the JavaScript heap that
// the garbage collector is then made to chase, and its size comes from a stat that builds four
// Date objects. Reading until the end needs neither.
import { closeSync, openSync, readSync } from 'node:fs';

const FIRST_SIZE = 64 * 1024;

export class BlockingReader {
  private buffer = Buffer.allocUnsafe(FIRST_SIZE);

  /**
   * The file's bytes, but no more than `limit` (a larger file is cut there), as a view that the
   * next read overwrites. Throws what the system says (ENOENT, EACCES, EISDIR...).
   */
  read(file: string, limit: number): Uint8Array {
    const fd = openSync(file, 'r');
    try {
      let length = 0;
      while (length < limit) {
        if (length === this.buffer.length) this.grow(limit);
        const count = readSync(fd, this.buffer, length, Math.min(this.buffer.length, limit) - length, null);
        if (count === 0) break;
        length += count;
      }
      return this.buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }

  private grow(limit: number): void {
    const bigger = Buffer.allocUnsafe(Math.min(this.buffer.length * 2, limit));
    this.buffer.copy(bigger);
    this.buffer = bigger;
  }
}
