// Workspace scan: list the files, then scan them on worker threads when the work is big
// enough to pay for starting them, or on the calling thread otherwise.
import os from 'node:os';
import path from 'node:path';
import { scanBatch, type BatchResult } from './batch';
import type { ScanConfig } from './config';
import { createScanner } from './engine';
import { rulesFor } from './extraRules';
import { compare, listFiles, type FileEntry } from './files';
import { excludeMatcher } from './gitignore';
import { abortError, runInWorkers, splitByBytes, workerEntry, type WorkerEntry } from './pool';
import { skipReasonForContent, skipReasonForName, type SkippedFile } from './skip';
import type { Finding } from './types';

export interface WorkspaceScanOptions {
  root: string;
  /** Files or folders to scan, relative to root; the whole root when absent. */
  paths?: string[];
  config: ScanConfig;
  /** Worker threads to use; 0 scans on the calling thread; automatic when absent. */
  workers?: number;
  /** False in an untrusted workspace: its config's extra rules are not run. */
  trusted?: boolean;
  signal?: AbortSignal;
  /** Files done (scanned or skipped after reading) out of the files listed. */
  onProgress?(done: number, total: number): void;
}

export interface WorkspaceScanResult {
  findings: Finding[];
  filesScanned: number;
  bytesScanned: number;
  skipped: SkippedFile[];
  /** Worker threads the scan ran on; 0 when it ran on the calling thread. */
  workersUsed: number;
}

// A worker costs about 150-250 ms before its first file (thread start, module load, rule
// compilation, a cold JIT) while one thread scans about 40 MB/s; measured break-even for
// two workers is near 8 MB, so smaller scans stay on the calling thread.
const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const WORKER_MIN_FILES = 2000;
const MAX_WORKERS = 8;
const BATCHES_PER_WORKER = 4;
const MIN_BATCH_BYTES = 256 * 1024;
const MAX_BATCH_FILES = 256;

export async function scanWorkspace(options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
  const { config, signal, trusted = true } = options;
  const root = path.resolve(options.root);
  if (signal?.aborted) throw abortError();
  const listing = await listFiles(root, config, options.paths);
  if (signal?.aborted) throw abortError();

  const total = listing.files.length;
  let done = 0;
  const onFilesDone = (count: number) => options.onProgress?.((done += count), total);
  options.onProgress?.(0, total);

  const totalBytes = listing.files.reduce((sum, f) => sum + f.size, 0);
  const workers = workerCount(options.workers, listing.files.length, totalBytes);
  const entry = workers > 0 ? workerEntry() : undefined;
  const run = { root, config, trusted, signal, onFilesDone };
  const { results, workersUsed } = entry
    ? await scanOnWorkers(entry, listing.files, totalBytes, workers, run)
    : { results: [await scanHere(listing.files, run)], workersUsed: 0 };
  return {
    findings: sortFindings(results.flatMap((r) => r.findings)),
    filesScanned: results.reduce((sum, r) => sum + r.filesScanned, 0),
    bytesScanned: results.reduce((sum, r) => sum + r.bytesScanned, 0),
    skipped: [...listing.skipped, ...results.flatMap((r) => r.skipped)].sort((a, b) => compare(a.file, b.file)),
    workersUsed,
  };
}

interface Run {
  root: string;
  config: ScanConfig;
  trusted: boolean;
  signal: AbortSignal | undefined;
  /** A plain callback (not a method): it is handed on to the pool detached from this object. */
  onFilesDone: (count: number) => void;
}

async function scanOnWorkers(entry: WorkerEntry, files: FileEntry[], totalBytes: number, workers: number, run: Run) {
  // Several batches per worker, so that one slow batch does not leave the others idle.
  const bytesPerBatch = Math.max(MIN_BATCH_BYTES, totalBytes / (workers * BATCHES_PER_WORKER));
  const batches = splitByBytes(files, bytesPerBatch, MAX_BATCH_FILES);
  const init = { root: run.root, config: run.config, trusted: run.trusted };
  const results = await runInWorkers(entry, batches, {
    workers,
    init,
    onFilesDone: run.onFilesDone,
    signal: run.signal,
  });
  return { results, workersUsed: Math.min(workers, batches.length) };
}

async function scanHere(files: FileEntry[], run: Run): Promise<BatchResult> {
  const scanner = createScanner(rulesFor(run.config, { trusted: run.trusted }));
  const { root, signal } = run;
  const result = await scanBatch(files, scanner, {
    root,
    maxFileBytes: run.config.maxFileBytes,
    onFileDone: () => run.onFilesDone(1),
    signal,
  });
  if (signal?.aborted) throw abortError();
  return result;
}

function workerCount(requested: number | undefined, files: number, bytes: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  const cores = os.availableParallelism();
  if (cores < 2 || (bytes <= WORKER_MIN_BYTES && files <= WORKER_MIN_FILES)) return 0;
  return Math.min(cores, MAX_WORKERS);
}

/**
 * Scans in-memory texts (e.g. the staged versions for a pre-commit hook) under the same
 * config excludes and file-kind skips as a workspace scan. .gitignore does not apply:
 * staged files are tracked, and git ignores only untracked ones.
 */
export function scanBuffers(
  files: readonly { file: string; text: string }[],
  config: ScanConfig,
  { trusted = true }: { trusted?: boolean } = {},
): Finding[] {
  const excluded = excludeMatcher(config.exclude);
  const encoder = new TextEncoder();
  const scanner = createScanner(rulesFor(config, { trusted }));
  const findings: Finding[] = [];
  for (const { file, text } of files) {
    if (excluded(file) || skipReasonForName(file)) continue;
    const bytes = encoder.encode(text);
    if (bytes.length > config.maxFileBytes || skipReasonForContent(file, bytes)) continue;
    findings.push(...scanner.scanText(text.replace(/^\uFEFF/, ''), file));
  }
  return sortFindings(findings);
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId),
  );
}
