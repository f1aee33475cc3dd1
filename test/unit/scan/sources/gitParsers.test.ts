import assert from 'node:assert/strict';
import { type CatFileObject, CatFileParser, catFileRequest } from '../../../../src/core/scan/sources/git/catFile';
import { parseRawDiff, parseStagedEntries } from '../../../../src/core/scan/sources/git/indexListing';
import { LineSplitter } from '../../../../src/core/scan/sources/git/lines';
import { displayPath, unquotePath } from '../../../../src/core/scan/sources/git/quoting';

/** Feeds `data` in chunks of `size` bytes, the way a pipe may cut it anywhere. */
function chunked(data: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.subarray(i, i + size));
  return out;
}

describe('git source parsers', () => {
  describe('LineSplitter', () => {
    const split = (data: string, chunk: number, max = 100) => {
      const lines: string[] = [];
      const splitter = new LineSplitter(max, (line, truncated) =>
        lines.push(`${line.toString()}${truncated ? '…' : ''}`),
      );
      for (const part of chunked(Buffer.from(data), chunk)) splitter.push(part);
      splitter.end();
      return lines;
    };

    it('splits on LF wherever the chunks are cut, keeping empty lines and a last line without LF', () => {
      for (const size of [1, 2, 3, 7, 1000]) {
        assert.deepEqual(split('one\n\ntwo\nthree', size), ['one', '', 'two', 'three'], `chunks of ${size}`);
      }
      assert.deepEqual(split('a\n', 1), ['a']);
    });

    it('cuts a line longer than the limit and flags it, holding no more than the limit', () => {
      for (const size of [1, 4, 1000]) {
        assert.deepEqual(split(`short\n${'x'.repeat(50)}\nnext\n`, size, 10), ['short', `${'x'.repeat(10)}…`, 'next']);
      }
    });
  });

  describe('CatFileParser', () => {
    const oid = (n: number) => String(n).repeat(40).slice(0, 40);
    const batch = Buffer.concat([
      Buffer.from(`${oid(1)} blob 5\nhello\n`),
      Buffer.from(`${oid(2)} missing\n`),
      Buffer.from(`${oid(3)} blob 0\n\n`),
      Buffer.from(`${oid(4)} blob 12\nline\n\0binary\n`),
      Buffer.from(`${oid(5)} blob 30\n${'y'.repeat(30)}\n`),
    ]);

    const parse = (chunk: number) => {
      const objects: CatFileObject[] = [];
      const parser = new CatFileParser(20, (o) => objects.push(o));
      for (const part of chunked(batch, chunk)) parser.push(part);
      parser.end();
      return objects.map((o) =>
        'missing' in o
          ? `${o.oid[0]} missing`
          : `${o.oid[0]} ${o.content?.toString('latin1') ?? `too large (${o.size})`}`,
      );
    };

    it('reads contents byte for byte, missing objects, empty blobs, wherever the chunks are cut', () => {
      for (const size of [1, 5, 41, 4096]) {
        assert.deepEqual(
          parse(size),
          ['1 hello', '2 missing', '3 ', '4 line\n\0binary', '5 too large (30)'],
          `chunks of ${size}`,
        );
      }
    });

    it('fails on output cut short', () => {
      const parser = new CatFileParser(20, () => {});
      parser.push(Buffer.from(`${oid(1)} blob 5\nhel`));
      assert.throws(() => parser.end(), /ended in the middle of an object/);
    });

    it('asks for one object per line', () => {
      assert.equal(catFileRequest([oid(1), oid(2)]).toString(), `${oid(1)}\n${oid(2)}\n`);
    });
  });

  describe('paths', () => {
    it('undoes git C-quoting to the exact bytes', () => {
      assert.deepEqual(
        unquotePath(Buffer.from('"sp ace \\303\\251\\t\\"q\\"\\\\.txt"')),
        Buffer.from('sp ace é\t"q"\\.txt'),
      );
      assert.deepEqual(unquotePath(Buffer.from('"n\\200l"')), Buffer.from([0x6e, 0x80, 0x6c]));
      assert.deepEqual(unquotePath(Buffer.from('plain/name.txt')), Buffer.from('plain/name.txt'));
    });

    it('shows UTF-8 as text and other bytes as octal escapes, never as replacement characters', () => {
      assert.equal(displayPath(Buffer.from('dir/ünï.ts')), 'dir/ünï.ts');
      assert.equal(displayPath(Buffer.from([0x61, 0x80, 0xc3, 0xa9, 0xff, 0xe2, 0x82])), 'a\\200é\\377\\342\\202');
    });
  });

  describe('index listings', () => {
    const zero = '0'.repeat(40);
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);

    it('parses diff --raw -z: the destination side, raw path bytes, renames and copies', () => {
      const raw = Buffer.concat([
        Buffer.from(`:000000 100644 ${zero} ${a} A\0le`),
        Buffer.from([0x80]),
        Buffer.from(`k.js\0:120000 100644 ${a} ${b} T\0config.js\0:100644 100644 ${a} ${b} R087\0old.js\0new.js\0`),
        Buffer.from(`:100644 000000 ${a} ${zero} D\0gone.js\0`),
      ]);
      assert.deepEqual(
        parseRawDiff(raw).map((c) => [c.status, c.mode, c.oid[0], displayPath(c.path)]),
        [
          ['A', '100644', 'a', 'le\\200k.js'],
          ['T', '100644', 'b', 'config.js'],
          ['R', '100644', 'b', 'new.js'],
          ['D', '000000', '0', 'gone.js'],
        ],
      );
      assert.throws(() => parseRawDiff(Buffer.from(`:100644 100644 ${a} ${b} M\0a.js`)), /does not end with NUL/);
    });

    it('parses ls-files --stage -z, names with tabs and colons included', () => {
      const out = Buffer.from(`100644 ${a} 1\t1:leak.js\x00100755 ${b} 3\ttab\there.sh\0`);
      assert.deepEqual(
        parseStagedEntries(out).map((e) => [e.mode, e.oid[0], e.stage, e.path.toString()]),
        [
          ['100644', 'a', 1, '1:leak.js'],
          ['100755', 'b', 3, 'tab\there.sh'],
        ],
      );
    });
  });
});
