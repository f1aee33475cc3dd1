// Splits a byte stream into lines without decoding it, in memory bounded by `maxLineBytes`:
// a longer line (a minified bundle in a diff) is delivered cut short and flagged, never held whole.

export type LineHandler = (line: Buffer, truncated: boolean) => void;

export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private truncated = false;
  private open = false;

  constructor(
    private readonly maxLineBytes: number,
    private readonly onLine: LineHandler,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      if (!this.open && nl - start <= this.maxLineBytes) {
        this.onLine(chunk.subarray(start, nl), false); // the common case: no copy
      } else {
        this.take(chunk.subarray(start, nl));
        this.flush();
      }
      start = nl + 1;
    }
    if (start < chunk.length) this.take(chunk.subarray(start));
  }

  /** Delivers a last line that had no line break. */
  end(): void {
    if (this.open) this.flush();
  }

  private take(part: Buffer): void {
    this.open = true;
    const room = this.maxLineBytes - this.size;
    if (part.length > room) this.truncated = true;
    const kept = part.length > room ? part.subarray(0, Math.max(0, room)) : part;
    if (kept.length > 0) {
      this.parts.push(kept);
      this.size += kept.length;
    }
  }

  private flush(): void {
    const line = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    const truncated = this.truncated;
    this.parts = [];
    this.size = 0;
    this.truncated = false;
    this.open = false;
    this.onLine(line, truncated);
  }
}
