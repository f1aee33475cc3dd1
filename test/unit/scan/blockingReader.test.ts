// Blocking reads into a reused buffer (worker threads and the CLI): exact bytes whatever the file
// size, a cut at the limit, and the system's errors passed on.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BlockingReader } from '../../../src/core/scan/blockingReader';
import { scanBatchSync } from '../../../src/core/scan/batch';
import { createScanner } from '../../../src/core/scan/engine';
import { makeTree } from './workspace-tree';

describe('blocking reads', () => {
  const small = randomBytes(100);
  const large = randomBytes(300 * 1024); // past the first buffer: it has to grow
  const tree = makeTree({ 'small.bin': small, 'large.bin': large, 'empty.txt': '', 'dir/a.txt': 'a' });
  after(() => tree.dispose());
  const file = (name: string) => path.join(tree.root, name);

  it('returns each file exactly, one after another through the same buffer', () => {
    const reader = new BlockingReader();
    assert.deepEqual(Buffer.from(reader.read(file('small.bin'), 1 << 20)), small);
    assert.deepEqual(Buffer.from(reader.read(file('large.bin'), 1 << 20)), large);
    assert.deepEqual(Buffer.from(reader.read(file('small.bin'), 1 << 20)), small);
    assert.equal(reader.read(file('empty.txt'), 1 << 20).length, 0);
  });

  it('stops at the limit', () => {
    assert.deepEqual(Buffer.from(new BlockingReader().read(file('large.bin'), 1000)), large.subarray(0, 1000));
  });

  it('throws what the system says', () => {
    const reader = new BlockingReader();
    assert.throws(() => reader.read(file('missing.txt'), 100), { code: 'ENOENT' });
    assert.throws(() => reader.read(file('dir'), 100), { code: 'EISDIR' });
  });

  it('skips a file that grew huge after the listing as too large, without reading it whole', () => {
    // 3 GB, sparse: more than a Buffer can hold, so reading it whole would fail as unreadable.
    truncateSync(file('small.bin'), 3 * 1024 ** 3);
    try {
      const result = scanBatchSync([{ file: 'small.bin', size: 100 }], createScanner([]), {
        root: tree.root,
        maxFileBytes: 1024 * 1024,
      });
      assert.deepEqual(result.skipped, [{ file: 'small.bin', reason: 'too large' }]);
    } finally {
      writeFileSync(file('small.bin'), small);
    }
  });
});
