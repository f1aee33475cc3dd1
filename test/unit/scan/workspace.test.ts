import assert from 'node:assert/strict';
import os from 'node:os';
import { parseScanConfig } from '../../../src/core/scan/config';
import { scanWorkspace } from '../../../src/core/scan/workspace';
import { fakePemBlock, makeTree, randomToken } from './workspace-tree';

// A workspace-defined rule gives these tests an exact count of what must be found,
// independent of the builtin rules' heuristics.
const config = parseScanConfig(
  JSON.stringify({
    extraRules: [
      { id: 'acme-token', description: 'ACME token', regex: 'acme_live_[A-Za-z0-9]{32}', keywords: ['acme_live_'] },
    ],
    exclude: ['vendor/**'],
  }),
);
const acmeToken = () => `acme_live_${randomToken(32)}`;

/** A tree of `dirs` x `perDir` source files; every third file plants one token on line 3. */
function generatedTree(dirs: number, perDir: number) {
  const files: Record<string, string> = {};
  let planted = 0;
  let pems = 0;
  for (let d = 0; d < dirs; d++) {
    for (let f = 0; f < perDir; f++) {
      const lines = Array.from({ length: 40 }, (_, i) => `export const value${i} = ${i * f}; // ordinary code`);
      if (f % 3 === 0) {
        lines[2] = `const client = connect("${acmeToken()}");`;
        planted++;
      }
      if (f % 10 === 0) {
        lines.push(fakePemBlock());
        pems++;
      }
      files[`pkg${d}/src/file${f}.ts`] = lines.join('\n');
    }
  }
  files['vendor/lib.ts'] = `const t = "${acmeToken()}";`;
  files['package-lock.json'] = `{"t": "${acmeToken()}"}`;
  return { ...makeTree(files), planted, pems };
}

describe('scanWorkspace', function () {
  this.timeout(60_000);
  const tree = generatedTree(12, 30);
  after(() => tree.dispose());

  it('finds every planted token once, sorted by file, line and column', async () => {
    const result = await scanWorkspace({ root: tree.root, config });
    assert.equal(result.workersUsed, 0, 'a small workspace is not worth starting workers');
    const acme = result.findings.filter((f) => f.ruleId === 'acme-token');
    assert.equal(acme.length, tree.planted);
    assert.ok(
      acme.every((f) => f.line === 3 && f.file.startsWith('pkg')),
      'vendor/ (excluded) and the lock file are not scanned',
    );
    const pemFiles = new Set(
      result.findings.filter((f) => f.ruleId !== 'acme-token' && f.line > 40).map((f) => f.file),
    );
    assert.equal(pemFiles.size, tree.pems, 'each generated private-key block is found by a builtin rule');
    const keys = result.findings.map((f) => [f.file, f.line, f.column] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(keys, sorted);
    assert.equal(result.filesScanned, 12 * 30);
    assert.deepEqual(
      result.skipped.map((s) => [s.file, s.reason]),
      [
        ['package-lock.json', 'lock file'],
        ['vendor/lib.ts', 'excluded by config'],
      ],
    );
  });

  it('gives identical results on worker threads and on one thread', async () => {
    // One salt for both scans: without one, each scan keys its fingerprints with a key of its own.
    const fingerprints = { key: 'ab'.repeat(32) };
    const single = await scanWorkspace({ root: tree.root, config, workers: 0, fingerprints });
    const pooled = await scanWorkspace({ root: tree.root, config, workers: 2, fingerprints });
    assert.ok(single.findings.length > tree.planted);
    assert.equal(single.workersUsed, 0);
    assert.equal(pooled.workersUsed, 2, 'the batches really ran on two worker threads');
    assert.deepEqual({ ...pooled, workersUsed: 0 }, single);
  });

  it('gives identical results with the blocking file-system calls of the CLI', async () => {
    const fingerprints = { key: 'ab'.repeat(32) };
    const single = await scanWorkspace({ root: tree.root, config, workers: 0, fingerprints });
    for (const workers of [0, 2]) {
      const blocking = await scanWorkspace({ root: tree.root, config, workers, fingerprints, blocking: true });
      assert.deepEqual({ ...blocking, workersUsed: 0 }, single, `workers: ${workers}`);
    }
  });

  for (const workers of [0, 2]) {
    it(`reports progress up to the total (workers: ${workers})`, async () => {
      const calls: [number, number][] = [];
      await scanWorkspace({ root: tree.root, config, workers, onProgress: (done, total) => calls.push([done, total]) });
      assert.deepEqual(calls[0], [0, 12 * 30]);
      assert.deepEqual(calls.at(-1), [12 * 30, 12 * 30]);
      assert.ok(
        calls.every(([done], i) => i === 0 || done >= calls[i - 1][0]),
        'progress never goes back',
      );
    });

    for (const blocking of [false, true]) {
      it(`rejects with an AbortError when aborted mid-scan (workers: ${workers}, blocking: ${blocking})`, async () => {
        const controller = new AbortController();
        const scan = scanWorkspace({
          root: tree.root,
          config,
          workers,
          blocking,
          signal: controller.signal,
          onProgress: (done) => done > 0 && controller.abort(),
        });
        await assert.rejects(scan, { name: 'AbortError' });
      });
    }
  }

  it('starts workers for 10 MB in the extension host, not in the CLI, whose own thread scans too', async function () {
    if (os.availableParallelism() < 2) this.skip();
    const line = `export const value = ${'1234567890'.repeat(6)}; // ordinary code\n`;
    const big = makeTree(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.ts`, line.repeat(6500)])));
    try {
      const waiting = await scanWorkspace({ root: big.root, config });
      const blocking = await scanWorkspace({ root: big.root, config, blocking: true });
      assert.ok(waiting.bytesScanned > 10e6, `${waiting.bytesScanned} bytes`);
      assert.ok(waiting.workersUsed > 0, 'the extension host hands 10 MB to workers');
      assert.equal(blocking.workersUsed, 0, 'the CLI scans 10 MB on its own thread');
    } finally {
      big.dispose();
    }
  });

  it('rejects at once when the signal is already aborted', async () => {
    await assert.rejects(scanWorkspace({ root: tree.root, config, signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
  });

  it('reports files skipped after reading, with their reason', async () => {
    const small = makeTree({
      'a.bin.txt': 'ab\u0000cd',
      'dist/app.js': `${'x=1;'.repeat(3000)}`,
      'ok.ts': `k = "${acmeToken()}"`,
    });
    try {
      const result = await scanWorkspace({ root: small.root, config });
      assert.deepEqual(result.skipped, [
        { file: 'a.bin.txt', reason: 'binary' },
        { file: 'dist/app.js', reason: 'minified' },
      ]);
      assert.equal(result.filesScanned, 1);
      assert.equal(result.bytesScanned, `k = "${acmeToken()}"`.length);
      assert.equal(result.findings.length, 1);
    } finally {
      small.dispose();
    }
  });
});
