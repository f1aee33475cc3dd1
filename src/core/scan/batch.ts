// Reads and scans a list of files; the same code runs on the main thread and in workers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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

export async function scanBatch(
  entries: readonly FileEntry[],
  scanner: Scanner,
  options: BatchOptions,
): Promise<BatchResult> {
  const result: BatchResult = { findings: [], skipped: [], filesScanned: 0, bytesScanned: 0 };
  await mapLimit(entries, IO_CONCURRENCY, async ({ file }) => {
    if (options.signal?.aborted) return;
    const outcome = await readScannable(options.root, file, options.maxFileBytes);
    if ('reason' in outcome) {
      result.skipped.push(outcome);
    } else {
      for (const finding of scanner.scanText(decoder.decode(outcome), file)) result.findings.push(finding);
      result.filesScanned++;
      result.bytesScanned += outcome.length;
    }
    options.onFileDone?.();
  });
  return result;
}

/** The file's bytes, or why it is skipped (it may have changed since it was listed). */
async function readScannable(root: string, file: string, maxFileBytes: number): Promise<Uint8Array | SkippedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(root, file));
  } catch (error) {
    return unreadable(file, error);
  }
  if (bytes.length > maxFileBytes) return { file, reason: 'too large' };
  const reason = skipReasonForContent(file, bytes);
  return reason ? { file, reason } : bytes;
}
