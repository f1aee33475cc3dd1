// Runs scan batches on worker threads: each worker pulls the next batch when it finishes
// one, so a few large files cannot leave the other workers idle.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchResult } from './batch';
import type { FileEntry } from './files';
import type { FromWorker, ToWorker, WorkerInit } from './worker';

export interface PoolOptions {
  workers: number;
  init: WorkerInit;
  onFilesDone: (count: number) => void;
  signal?: AbortSignal;
}

export interface WorkerEntry {
  /** Script path, or bootstrap code when `eval` is set. */
  script: string;
  eval: boolean;
}

/**
 * How to start a scan worker, or undefined when its script is missing (an unusual bundle):
 * callers then scan on the calling thread. Bundled, this code lives in dist/cli.js or
 * dist/extension.js with dist/scan-worker.js beside it. From source (tests), the worker is
 * TypeScript: Node 20 ignores `--import tsx` in a worker's execArgv, so a bootstrap
 * registers tsx's require hook inside the worker before loading worker.ts.
 */
export function workerEntry(): WorkerEntry | undefined {
  const fromSource = __filename.endsWith('.ts');
  const file = path.join(__dirname, fromSource ? 'worker.ts' : 'scan-worker.js');
  if (!existsSync(file)) return undefined;
  if (!fromSource) return { script: file, eval: false };
  // createRequire keeps bundlers from trying to resolve the dev-only tsx dependency.
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  return { script: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`, eval: true };
}

export function abortError(): DOMException {
  return new DOMException('The workspace scan was aborted', 'AbortError');
}

/** Groups files (in order, for locality) into batches of about `bytesPerBatch` each. */
export function splitByBytes(files: readonly FileEntry[], bytesPerBatch: number, maxFiles: number): FileEntry[][] {
  const batches: FileEntry[][] = [];
  let current: FileEntry[] = [];
  let bytes = 0;
  for (const file of files) {
    current.push(file);
    bytes += file.size;
    if (bytes >= bytesPerBatch || current.length >= maxFiles) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export function runInWorkers(
  entry: WorkerEntry,
  batches: readonly FileEntry[][],
  options: PoolOptions,
): Promise<BatchResult[]> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const results: BatchResult[] = [];
  const workers: Worker[] = [];
  let next = 0;
  let running = 0;

  return new Promise<BatchResult[]>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const onAbort = () => finish(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });

    const feed = (worker: Worker) => {
      if (next >= batches.length) {
        if (--running === 0) finish();
        return;
      }
      worker.postMessage({ entries: batches[next++] } satisfies ToWorker);
    };

    const count = Math.min(options.workers, batches.length);
    running = count;
    if (count === 0) finish();
    for (let i = 0; i < count; i++) {
      // No inherited flags: an extension host's --inspect would make every worker fight for its port.
      const worker = new Worker(entry.script, { eval: entry.eval, workerData: options.init, execArgv: [] });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (settled) return;
        if (message.type === 'error') return finish(new Error(`Scan worker failed: ${message.message}`));
        options.onFilesDone(message.files);
        if (message.type === 'result') {
          results.push(message.result);
          feed(worker);
        }
      });
      worker.on('error', (e) => finish(e));
      worker.on('exit', (code) => {
        if (code !== 0) finish(new Error(`Scan worker exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
