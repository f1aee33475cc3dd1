// Worker-thread entry of a history scan (bundled to dist/history-worker.js): scanning a long
// history is seconds to minutes of CPU, which must not run on an extension host's only thread.
// The job comes as workerData; "cancel" from the parent aborts it, which ends git at once.
import { parentPort, workerData } from 'node:worker_threads';
import { isKeywardError, type KeywardErrorCode } from '../../errors';
import { type HistoryJob, type HistoryJobResult, runHistoryJob } from './job';

export type ToHistoryWorker = 'cancel';
export type FromHistoryWorker =
  | { type: 'total'; commits: number }
  | { type: 'progress'; commits: number; bytes: number }
  | { type: 'done'; result: HistoryJobResult }
  /** A Keyward error's message is for the user; anything else is named by its kind only. */
  | { type: 'error'; message: string; keyward: true; code: KeywardErrorCode }
  | { type: 'error'; message: string; keyward: false }
  | { type: 'cancelled' };

async function serve(port: NonNullable<typeof parentPort>, job: HistoryJob): Promise<void> {
  const post = (message: FromHistoryWorker) => port.postMessage(message);
  const abort = new AbortController();
  const listen = (message: ToHistoryWorker) => {
    if (message === 'cancel') abort.abort();
  };
  port.on('message', listen);
  try {
    const result = await runHistoryJob(job, {
      signal: abort.signal,
      onTotal: (commits) => post({ type: 'total', commits }),
      onProgress: (commits, bytes) => post({ type: 'progress', commits, bytes }),
    });
    post({ type: 'done', result });
  } catch (error) {
    if (abort.signal.aborted) post({ type: 'cancelled' });
    else if (isKeywardError(error)) post({ type: 'error', message: error.message, keyward: true, code: error.code });
    else post({ type: 'error', message: error instanceof Error ? error.name : 'error', keyward: false });
  } finally {
    // Listening is what keeps a worker alive: it ends once its answer is out.
    port.off('message', listen);
  }
}

if (parentPort) void serve(parentPort, workerData as HistoryJob);
