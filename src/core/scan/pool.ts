// Scan worker threads. A pool starts its workers as soon as it is made, so that their start-up
// (thread, bundle, rule compilation, a cold JIT) can overlap the listing of the files; `run` then
// hands them batches, each worker pulling the next when it finishes one, so that a few large
// files cannot leave the other workers idle.
import { Worker } from 'node:worker_threads';
import type { BatchResult } from './batch';
import type { FileEntry } from './sources/workingTree';
import type { FromWorker, ToWorker, WorkerInit } from './worker';
import { workerBeside, type WorkerEntry } from './workerEntry';

export interface RunOptions {
  onFilesDone: (count: number) => void;
  signal?: AbortSignal;
  /** Scans a batch on the calling thread, which then works alongside the workers. */
  scanHere?: (batch: readonly FileEntry[]) => BatchResult;
}

/**
 * How to start a scan worker, or undefined when its script is missing (an unusual bundle):
 * callers then scan on the calling thread. Bundled, this code lives in the CLI's or the
 * extension's bundle in dist/, with dist/scan-worker.js beside it.
 */
export function workerEntry(): WorkerEntry | undefined {
  return workerBeside(__filename, 'worker.ts', 'scan-worker.js');
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

/** Workers for one scan: made, run once, closed. */
export class ScanPool {
  private readonly workers: Worker[];
  private closed = false;
  /** A worker that failed before `run` (its rules did not compile, say): `run` rejects with it. */
  private failure: Error | undefined;
  private onFailure: ((error: Error) => void) | undefined;
  private onMessage: ((worker: Worker, message: FromWorker) => void) | undefined;

  constructor(entry: WorkerEntry, count: number, init: WorkerInit) {
    this.workers = Array.from({ length: count }, () => {
      // No inherited flags: an extension host's --inspect would make every worker fight for its port.
      const worker = new Worker(entry.script, { eval: entry.eval, workerData: init, execArgv: [] });
      worker.on('message', (message: FromWorker) => this.onMessage?.(worker, message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`Scan worker exited with code ${code}`));
      });
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Scans the batches; the pool is closed when the promise settles. With `scanHere`, the calling
   * thread takes batches too (where it may block: the CLI), between which worker messages are
   * handled; each worker then keeps a second batch queued, so that it never waits for them.
   */
  run(batches: readonly FileEntry[][], { onFilesDone, signal, scanHere }: RunOptions): Promise<BatchResult[]> {
    return new Promise<BatchResult[]>((resolve, reject) => {
      const results: BatchResult[] = [];
      let next = 0;
      let busy = 0;
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        this.close();
        if (error) reject(error);
        else resolve(results);
      };
      const onAbort = () => finish(abortError());
      const feed = (worker: Worker) => {
        if (next < batches.length) {
          busy++;
          worker.postMessage({ entries: batches[next++] } satisfies ToWorker);
        } else if (busy === 0) finish();
      };
      const takeHere = () => {
        if (settled) return;
        if (next >= batches.length) {
          if (busy === 0) finish();
          return;
        }
        try {
          results.push(scanHere!(batches[next++]));
        } catch (error) {
          return finish(error as Error);
        }
        // Lets worker messages in before the next batch.
        setImmediate(takeHere);
      };
      if (signal?.aborted) return finish(abortError());
      if (this.failure) return finish(this.failure);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.onFailure = finish;
      this.onMessage = (worker, message) => {
        if (message.type === 'error') return finish(new Error(`Scan worker failed: ${message.message}`));
        onFilesDone(message.files);
        if (message.type !== 'result') return;
        busy--;
        results.push(message.result);
        feed(worker);
      };
      for (let round = scanHere ? 2 : 1; round > 0; round--) for (const worker of this.workers) feed(worker);
      if (scanHere) takeHere();
    });
  }

  /** Stops the workers, whatever they are doing; safe to call more than once. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const worker of this.workers) void worker.terminate();
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.failure ??= error;
    this.onFailure?.(error);
  }
}
