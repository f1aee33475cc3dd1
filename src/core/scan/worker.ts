// Worker-thread entry of a workspace scan (bundled to dist/scan-worker.js). Rules hold
// RegExps and functions, which cannot cross threads, so each worker compiles its own
// scanner from the plain ScanConfig and then scans the batches the pool sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { scanBatchSync, type BatchResult } from './batch';
import type { ScanConfig } from './config';
import { scannerFor } from './configuredScanner';
import type { FingerprintOptions } from './fingerprint';
import type { FileEntry } from './sources/workingTree';

export interface WorkerInit {
  root: string;
  config: ScanConfig;
  trusted: boolean;
  fingerprints: FingerprintOptions | undefined;
}

export type ToWorker = { entries: FileEntry[] };
export type FromWorker =
  | { type: 'progress'; files: number }
  | { type: 'result'; result: BatchResult; files: number }
  | { type: 'error'; message: string };

// Progress is posted in small groups: one message per file would cost more than a small file's scan.
const PROGRESS_EVERY = 32;

function serve(port: NonNullable<typeof parentPort>, init: WorkerInit): void {
  const scanner = scannerFor(init.config, { trusted: init.trusted, fingerprints: init.fingerprints });
  const post = (message: FromWorker) => port.postMessage(message);
  port.on('message', scanOne);
  function scanOne({ entries }: ToWorker): void {
    let unreported = 0;
    const onFileDone = () => {
      if (++unreported < PROGRESS_EVERY) return;
      post({ type: 'progress', files: unreported });
      unreported = 0;
    };
    try {
      const result = scanBatchSync(entries, scanner, {
        root: init.root,
        maxFileBytes: init.config.maxFileBytes,
        onFileDone,
      });
      post({ type: 'result', result, files: unreported });
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }
}

if (parentPort) serve(parentPort, workerData as WorkerInit);
