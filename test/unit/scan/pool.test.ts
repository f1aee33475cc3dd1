// The worker pool on its own, with stand-in workers (bootstrap code run through `eval`): it
// hands out every batch, adds up progress, and fails fast, never hanging, when a worker
// fails, even before it is given anything to do.
import assert from 'node:assert/strict';
import { ScanPool } from '../../../src/core/scan/pool';
import type { WorkerEntry } from '../../../src/core/scan/workerEntry';
import type { FileEntry } from '../../../src/core/scan/sources/workingTree';
import type { WorkerInit } from '../../../src/core/scan/worker';

/** Answers each batch with an empty result that counts its files. */
const ECHO: WorkerEntry = {
  eval: true,
  script: `const { parentPort } = require('node:worker_threads');
    parentPort.on('message', ({ entries }) => parentPort.postMessage({
      type: 'result', files: entries.length,
      result: { findings: [], skipped: [], filesScanned: entries.length, bytesScanned: 0 },
    }));`,
};
const init = {} as WorkerInit;
const batch = (n: number): FileEntry[] => Array.from({ length: n }, (_, i) => ({ file: `f${i}`, size: 1 }));

describe('scan worker pool', function () {
  this.timeout(30_000);

  it('runs every batch once across its workers and reports every file done', async () => {
    const pool = new ScanPool(ECHO, 2, init);
    let done = 0;
    const results = await pool.run([batch(3), batch(1), batch(4), batch(2), batch(5)], {
      onFilesDone: (n) => (done += n),
    });
    assert.deepEqual(results.map((r) => r.filesScanned).sort(), [1, 2, 3, 4, 5]);
    assert.equal(done, 15);
  });

  it('lets the calling thread take batches too, each batch scanned once', async () => {
    const pool = new ScanPool(ECHO, 1, init);
    const here: number[] = [];
    const batches = Array.from({ length: 12 }, (_, i) => batch(i + 1));
    const results = await pool.run(batches, {
      onFilesDone: () => {},
      scanHere: (b) => {
        here.push(b.length);
        return { findings: [], skipped: [], filesScanned: b.length, bytesScanned: 0 };
      },
    });
    assert.deepEqual(
      results.map((r) => r.filesScanned).sort((a, b) => a - b),
      batches.map((b) => b.length),
    );
    assert.ok(here.length > 0 && here.length < 12, `the calling thread scanned ${here.length} of 12 batches`);
  });

  it('rejects when a batch fails on the calling thread', async () => {
    const failing = () => {
      throw new Error('budget exceeded');
    };
    await assert.rejects(
      new ScanPool(ECHO, 1, init).run([batch(1), batch(1), batch(1)], { onFilesDone: () => {}, scanHere: failing }),
      /budget exceeded/,
    );
  });

  it('resolves at once with no batches', async () => {
    assert.deepEqual(await new ScanPool(ECHO, 2, init).run([], { onFilesDone: () => {} }), []);
  });

  it('rejects with the error of a worker that failed while starting, before it was given a batch', async () => {
    const pool = new ScanPool({ eval: true, script: `throw new Error('no rules compiled')` }, 2, init);
    // Let the workers fail first: the failure must be kept for run(), not lost.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await assert.rejects(pool.run([batch(1)], { onFilesDone: () => {} }), /no rules compiled/);
  });

  it('rejects when a worker fails during the run', async () => {
    const pool = new ScanPool(
      { eval: true, script: `require('node:worker_threads').parentPort.on('message', () => process.exit(3))` },
      1,
      init,
    );
    await assert.rejects(pool.run([batch(1)], { onFilesDone: () => {} }), /exited with code 3/);
  });

  it('rejects with an AbortError when aborted, and when the signal is aborted already', async () => {
    const silent: WorkerEntry = {
      eval: true,
      script: `require('node:worker_threads').parentPort.on('message', () => {})`,
    };
    const controller = new AbortController();
    const running = new ScanPool(silent, 1, init).run([batch(1)], { onFilesDone: () => {}, signal: controller.signal });
    controller.abort();
    await assert.rejects(running, { name: 'AbortError' });
    const aborted = new ScanPool(silent, 1, init).run([batch(1)], {
      onFilesDone: () => {},
      signal: AbortSignal.abort(),
    });
    await assert.rejects(aborted, { name: 'AbortError' });
  });
});
