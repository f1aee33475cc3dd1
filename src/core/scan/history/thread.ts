// Runs a history job on a worker thread and follows it from the caller's: progress as it comes,
// the result or the error at the end. Cancelling asks the worker to stop (it ends git and
// answers at once); a worker that does not answer within CANCEL_GRACE_MS is terminated.
import { Worker } from 'node:worker_threads';
import { KeywardError } from '../../errors';
import { gitAborted } from '../sources/git/process';
import { workerBeside } from '../workerEntry';
import { type HistoryJob, type HistoryJobControl, type HistoryJobResult, runHistoryJob } from './job';
import type { FromHistoryWorker, ToHistoryWorker } from './worker';

const CANCEL_GRACE_MS = 2000;

/** The job on a worker thread; on this one when the worker bundle is missing (an unusual build). */
export function runHistoryJobOffThread(job: HistoryJob, control: HistoryJobControl = {}): Promise<HistoryJobResult> {
  // Bundled, this code lives in dist/features.js with dist/history-worker.js beside it.
  const entry = workerBeside(__filename, 'worker.ts', 'history-worker.js');
  if (!entry) return runHistoryJob(job, control);
  const { signal } = control;
  if (signal?.aborted) return Promise.reject(gitAborted());
  return new Promise((resolve, reject) => {
    // No inherited flags: an extension host's --inspect would make the worker fight for its port.
    const worker = new Worker(entry.script, { eval: entry.eval, workerData: job, execArgv: [] });
    let grace: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      clearTimeout(grace);
      outcome();
    };
    const cancel = () => {
      worker.postMessage('cancel' satisfies ToHistoryWorker);
      grace = setTimeout(() => {
        void worker.terminate();
        settle(() => reject(gitAborted()));
      }, CANCEL_GRACE_MS);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: FromHistoryWorker) => {
      if (message.type === 'total') control.onTotal?.(message.commits);
      else if (message.type === 'progress') control.onProgress?.(message.commits, message.bytes);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else if (message.type === 'cancelled') settle(() => reject(gitAborted()));
      else
        settle(() =>
          reject(message.keyward ? new KeywardError(message.message, message.code) : new Error(message.message)),
        );
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The history scan worker stopped (exit code ${code})`))));
  });
}
