// Workspace scan: list the files, then scan them on worker threads when the work is big
// enough to pay for starting them, or on the calling thread otherwise.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { scanBatch, scanBatchSync, type BatchResult } from './batch';
import type { ScanConfig } from './config';
import { scannerFor } from './configuredScanner';
import type { FingerprintOptions } from './fingerprint';
import { blockingFs, promiseFs } from './sources/listingFs';
import { compare, listFiles, type FileEntry } from './sources/workingTree';
import { abortError, ScanPool, splitByBytes, workerEntry } from './pool';
import type { SkippedFile } from './sources/skip';
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
  /** How findings are fingerprinted (the repository's salt); plain data, it crosses into workers. */
  fingerprints?: FingerprintOptions;
  signal?: AbortSignal;
  /**
   * True where the calling thread may block (the CLI, never the extension host): files are then
   * listed, and read when the scan stays on this thread, with blocking calls, which cost a
   * fraction of the CPU time of promise-based ones.
   */
  blocking?: boolean;
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

// A worker costs 200-300 ms of CPU before it scans at full speed (Node's bootstrap of a thread,
// the bundle, the rules and automaton, a cold JIT): what one thread needs for 15-20 MB. Where the
// calling thread only waits (the extension host), workers pay from about 8 MB. Where it scans
// too (the CLI), a worker must make up for its start against a thread already at work: measured
// on two cores, it did not below 20 MB (and on a machine whose cores were busy, not at all).
const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const WORKER_MIN_BYTES_BLOCKING = 24 * 1024 * 1024;
const WORKER_MIN_FILES = 2000;
const MAX_WORKERS = 8;
const BATCHES_PER_WORKER = 4;
const MIN_BATCH_BYTES = 256 * 1024;
const MAX_BATCH_FILES = 256;

export async function scanWorkspace(options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
  const { config, signal, trusted = true } = options;
  // One key for the whole scan: each worker thread would otherwise key fingerprints its own way.
  const fingerprints = options.fingerprints ?? { key: randomBytes(32).toString('hex') };
  const root = path.resolve(options.root);
  if (signal?.aborted) throw abortError();

  let pool: ScanPool | undefined;
  const startPool = (count: number) => {
    const entry = count > 0 && !pool ? workerEntry() : undefined;
    if (entry) pool = new ScanPool(entry, count, { root, config, trusted, fingerprints });
  };
  // Workers asked for, or certain to be used, start now: their start-up then overlaps the listing.
  const requested = options.workers;
  const auto = requested === undefined;
  const blocking = options.blocking === true;
  if (!auto) startPool(Math.floor(requested));
  try {
    const listing = await listFiles(root, config, options.paths, {
      onFound: (found) => {
        if (auto && found > WORKER_MIN_FILES) startPool(autoWorkers(blocking));
      },
      fs: blocking ? blockingFs : promiseFs,
    });
    if (signal?.aborted) throw abortError();

    const total = listing.files.length;
    let done = 0;
    const onFilesDone = (count: number) => options.onProgress?.((done += count), total);
    options.onProgress?.(0, total);

    const totalBytes = listing.files.reduce((sum, f) => sum + f.size, 0);
    const minBytes = blocking ? WORKER_MIN_BYTES_BLOCKING : WORKER_MIN_BYTES;
    if (auto && (totalBytes > minBytes || total > WORKER_MIN_FILES)) startPool(autoWorkers(blocking));
    const run = { root, config, trusted, fingerprints, signal, onFilesDone, blocking };
    const { results, workersUsed } = pool
      ? await scanOnWorkers(pool, listing.files, totalBytes, run)
      : { results: [await scanHere(listing.files, run)], workersUsed: 0 };
    return {
      findings: sortFindings(results.flatMap((r) => r.findings)),
      filesScanned: results.reduce((sum, r) => sum + r.filesScanned, 0),
      bytesScanned: results.reduce((sum, r) => sum + r.bytesScanned, 0),
      skipped: [...listing.skipped, ...results.flatMap((r) => r.skipped)].sort((a, b) => compare(a.file, b.file)),
      workersUsed,
    };
  } finally {
    pool?.close();
  }
}

interface Run {
  root: string;
  config: ScanConfig;
  trusted: boolean;
  fingerprints: FingerprintOptions | undefined;
  signal: AbortSignal | undefined;
  /** A plain callback (not a method): it is handed on to the pool detached from this object. */
  onFilesDone: (count: number) => void;
  blocking: boolean;
}

async function scanOnWorkers(pool: ScanPool, files: FileEntry[], totalBytes: number, run: Run) {
  // Where it may block, the calling thread scans too: it is already started, a worker is not.
  const threads = pool.size + (run.blocking ? 1 : 0);
  // Several batches per thread, so that one slow batch does not leave the others idle.
  const bytesPerBatch = Math.max(MIN_BATCH_BYTES, totalBytes / (threads * BATCHES_PER_WORKER));
  const batches = splitByBytes(files, bytesPerBatch, MAX_BATCH_FILES);
  let here: ReturnType<typeof batchScanner> | undefined;
  const results = await pool.run(batches, {
    onFilesDone: run.onFilesDone,
    signal: run.signal,
    ...(run.blocking && { scanHere: (batch: readonly FileEntry[]) => (here ??= batchScanner(run)).sync(batch) }),
  });
  if (run.signal?.aborted) throw abortError();
  return { results, workersUsed: Math.min(pool.size, batches.length) };
}

async function scanHere(files: FileEntry[], run: Run): Promise<BatchResult> {
  const scan = batchScanner(run);
  const result = run.blocking ? scan.sync(files) : await scan.async(files);
  if (run.signal?.aborted) throw abortError();
  return result;
}

/** Scans batches on the calling thread, with blocking reads or without. */
function batchScanner(run: Run) {
  const scanner = scannerFor(run.config, { trusted: run.trusted, fingerprints: run.fingerprints });
  const { root, signal } = run;
  const options = { root, maxFileBytes: run.config.maxFileBytes, onFileDone: () => run.onFilesDone(1), signal };
  return {
    sync: (files: readonly FileEntry[]) => scanBatchSync(files, scanner, options),
    async: (files: readonly FileEntry[]) => scanBatch(files, scanner, options),
  };
}

/**
 * Workers for a scan big enough to pay for them: one per core, up to MAX_WORKERS, less the calling
 * thread where it scans too (it may block); none on one core.
 */
function autoWorkers(blocking: boolean): number {
  const cores = os.availableParallelism();
  if (cores < 2) return 0;
  return Math.min(blocking ? cores - 1 : cores, MAX_WORKERS);
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId),
  );
}
