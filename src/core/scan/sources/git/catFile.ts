// Reads `git cat-file --batch` output as it streams: for each requested object id a header
// `<oid> <type> <size>`, the content and a line break, or `<oid> missing`. Contents above
// `maxContentBytes` are counted past, never held, so memory stays bounded by that limit.

export type CatFileObject =
  | { oid: string; type: string; size: number; content: Buffer }
  | { oid: string; type: string; size: number; content: undefined; tooLarge: true }
  | { oid: string; missing: true };

/** The stdin of `git cat-file --batch` asking for `oids` in order. */
export function catFileRequest(oids: readonly string[]): Buffer {
  return Buffer.from(oids.map((oid) => `${oid}\n`).join(''), 'latin1');
}

export class CatFileParser {
  private header: Buffer[] = [];
  private current: { oid: string; type: string; size: number; parts: Buffer[] | undefined } | undefined;
  private remaining = 0;
  private trailer = false;

  constructor(
    private readonly maxContentBytes: number,
    private readonly onObject: (object: CatFileObject) => void,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.trailer) {
        if (chunk[at] !== 10) throw new Error('git cat-file output is malformed: no line break after an object');
        this.trailer = false;
        at++;
        this.finishObject();
      } else if (this.current) {
        const take = Math.min(this.remaining, chunk.length - at);
        this.current.parts?.push(chunk.subarray(at, at + take));
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.trailer = true;
      } else {
        const nl = chunk.indexOf(10, at);
        this.header.push(chunk.subarray(at, nl === -1 ? chunk.length : nl));
        if (nl === -1) return;
        at = nl + 1;
        this.startObject(Buffer.concat(this.header).toString('latin1'));
        this.header = [];
      }
    }
  }

  /** Throws if git stopped in the middle of an object (the output was cut short). */
  end(): void {
    if (this.current || this.header.length > 0) throw new Error('git cat-file output ended in the middle of an object');
  }

  private startObject(line: string): void {
    const [oid, type, sizeText] = line.split(' ');
    if (type === 'missing' || type === 'ambiguous') {
      this.onObject({ oid, missing: true });
      return;
    }
    const size = Number(sizeText);
    if (!oid || !type || !Number.isSafeInteger(size) || size < 0) {
      throw new Error('git cat-file output is malformed: unexpected header');
    }
    this.current = { oid, type, size, parts: size <= this.maxContentBytes ? [] : undefined };
    this.remaining = size;
    if (size === 0) this.trailer = true;
  }

  private finishObject(): void {
    const { oid, type, size, parts } = this.current!;
    this.current = undefined;
    if (parts) this.onObject({ oid, type, size, content: Buffer.concat(parts, size) });
    else this.onObject({ oid, type, size, content: undefined, tooLarge: true });
  }
}
