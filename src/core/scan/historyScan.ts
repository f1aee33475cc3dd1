// Scans git history: each file change's hunks, keeping the findings that touch an added line (a
// secret on a context line was reported where it was added), and one finding per secret at the
// commit that first added it, with the number of commits that add it. The events arrive newest
// first with children before parents, so a later sighting is an earlier introduction.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { scannerFor, type ScannerOptions } from './configuredScanner';
import type { ScanConfig } from './config';
import { sortFindings } from './report/summary';
import type { CommitMeta, FilePatch, PatchEvent } from './sources/git/patch';
import { displayPath } from './sources/git/quoting';
import type { Finding } from './types';

export interface HistoryScanResult {
  findings: Finding[];
  commitsScanned: number;
  /** File changes scanned (one file in one commit). */
  filesScanned: number;
  /** File changes left out: binary, too large, excluded by config or by kind (lock files...). */
  skipped: number;
}

/** How a caller follows and stops a long scan. */
export interface HistoryScanControl {
  /** Aborting it stops the scan between two file changes; the scan rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called at each commit with the number of commits read so far. */
  onCommit?: (commitsScanned: number) => void;
}

const decoder = new TextDecoder('utf-8');
/**
 * Work between two turns of the event loop. A history arrives faster than it is scanned, so the
 * stream never waits and would otherwise keep the thread (an extension host, a worker listening for
 * "cancel") from handling anything else until the end.
 */
const SLICE_MS = 25;

export async function scanHistory(
  events: AsyncIterable<PatchEvent> | Iterable<PatchEvent>,
  config: ScanConfig,
  options: ScannerOptions = {},
  { signal, onCommit }: HistoryScanControl = {},
): Promise<HistoryScanResult> {
  const scanner = scannerFor(config, options);
  const introductions = new Map<string, { finding: Finding; commit: CommitMeta; commits: number }>();
  const result = { commitsScanned: 0, filesScanned: 0, skipped: 0 };
  let sliceStart = Date.now();
  for await (const event of events) {
    if (Date.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      sliceStart = Date.now();
    }
    signal?.throwIfAborted();
    if (event.kind === 'commit') {
      result.commitsScanned++;
      onCommit?.(result.commitsScanned);
    } else if (event.kind === 'skipped') result.skipped++;
    else {
      result.filesScanned++;
      const { commit } = event.patch;
      for (const finding of addedFindings(
        scanner.scanText(decoder.decode(event.patch.text), displayPath(event.patch.path), commit.sha),
        event.patch,
      )) {
        const seen = introductions.get(finding.fingerprint);
        if (!seen) introductions.set(finding.fingerprint, { finding, commit, commits: 1 });
        else if (seen.commit.sha !== commit.sha) Object.assign(seen, { finding, commit, commits: seen.commits + 1 });
      }
    }
  }
  const findings = [...introductions.values()].map(({ finding, commit, commits }) => ({
    ...finding,
    commit: { ...commit, commits },
  }));
  return { ...result, findings: sortFindings(findings) };
}

/** Findings that cover an added line, moved from patch lines to the file's own line numbers. */
function addedFindings(findings: readonly Finding[], patch: FilePatch): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    // An insecure pattern (a key logged, say) is about code as it is now; history keeps values, not habits.
    if (finding.category === 'insecure-pattern') continue;
    if (!patch.added.subarray(finding.line - 1, finding.endLine).includes(1)) continue;
    const line = patch.lineNumbers[finding.line - 1];
    kept.push({ ...finding, line, endLine: patch.lineNumbers[finding.endLine - 1] || line });
  }
  return kept;
}
