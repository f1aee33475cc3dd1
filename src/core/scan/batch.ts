// Reads and scans a list of files. The calling thread reads asynchronously (in the extension
// host it must never block); a worker thread (or the CLI's) reads synchronously, since it has
// nothing else to do meanwhile and a promise-based read costs several times the CPU of a blocking
// one (four thread-pool round trips per file: open, stat, read, close).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BlockingReader } from './blockingReader';
import { IO_CONCURRENCY, mapLimit } from './concurrency';
import type { Scanner } from './engine';
import type { FileEntry } from './sources/workingTree';
import { skipReasonForContent, type SkippedFile, unreadable } from './sources/skip';
import type { Finding } from './types';

export interface BatchResult {
  findings: Finding[];
  skipped: SkippedFile[];
  filesScanned: number;
  bytesScanned: number;
}

export interface BatchOptions {
  root: string;
  maxFileBytes: number;
  /** Called once per file, scanned or skipped. */
  onFileDone?: () => void;
  /** Checked between files; an aborted batch stops early (the caller rejects). */
  signal?: AbortSignal;
}

// `fatal: false` replaces invalid UTF-8 instead of throwing; the BOM is dropped so that
// columns on line 1 match what an editor shows.
const decoder = new TextDecoder('utf-8');

/** On the calling thread: reads overlap (bounded), so the event loop stays free. */
export async function scanBatch(
  entries: readonly FileEntry[],
  scanner: Scanner,
  options: BatchOptions,
): Promise<BatchResult> {
  const result = emptyResult();
  await mapLimit(entries, IO_CONCURRENCY, async ({ file }) => {
    if (options.signal?.aborted) return;
    let read: Uint8Array | SkippedFile;
    try {
      read = scannable(file, await readFile(path.join(options.root, file)), options.maxFileBytes);
    } catch (error) {
      read = unreadable(file, error);
    }
    record(result, file, read, scanner);
    options.onFileDone?.();
  });
  return result;
}

/** On a worker thread, or a thread that may block (the CLI): one blocking read after another. */
export function scanBatchSync(entries: readonly FileEntry[], scanner: Scanner, options: BatchOptions): BatchResult {
  const result = emptyResult();
  const reader = new BlockingReader();
  for (const { file } of entries) {
    if (options.signal?.aborted) break;
    let read: Uint8Array | SkippedFile;
    try {
      // One byte past the limit is enough to know a file is too large.
      const bytes = reader.read(path.join(options.root, file), options.maxFileBytes + 1);
      read = scannable(file, bytes, options.maxFileBytes);
    } catch (error) {
      read = unreadable(file, error);
    }
    record(result, file, read, scanner);
    options.onFileDone?.();
  }
  return result;
}

function emptyResult(): BatchResult {
  return { findings: [], skipped: [], filesScanned: 0, bytesScanned: 0 };
}

/** The file's bytes, or why it is skipped (it may have changed since it was listed). */
function scannable(file: string, bytes: Uint8Array, maxFileBytes: number): Uint8Array | SkippedFile {
  const reason = bytes.length > maxFileBytes ? 'too large' : skipReasonForContent(file, bytes);
  return reason ? { file, reason } : bytes;
}

function record(result: BatchResult, file: string, read: Uint8Array | SkippedFile, scanner: Scanner): void {
  if ('reason' in read) {
    result.skipped.push(read);
    return;
  }
  for (const finding of scanner.scanText(decoder.decode(read), file)) result.findings.push(finding);
  result.filesScanned++;
  result.bytesScanned += read.length;
}
