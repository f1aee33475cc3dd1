// One repository's history scan, from git to findings: what `keyward scan --history` and the
// extension's Scan Git History both run, so a configuration, an allowlist or an inline
// suppression means the same in either. (The baseline is applied by each caller, after this.)
import type { ScanConfig } from '../config';
import type { FingerprintOptions } from '../fingerprint';
import { type HistoryScanControl, type HistoryScanResult, scanHistory } from '../historyScan';
import type { GitRunner } from '../sources/git/runner';
import { historyEvents, type HistoryRange, supportsMergeDiffs } from '../sources/history';

export interface RepositoryHistoryOptions extends HistoryScanControl {
  range: HistoryRange;
  /** Posix paths relative to the repository root that limit the history; all when empty. */
  paths: readonly string[];
  config: ScanConfig;
  /** False in an untrusted workspace: its extra rules and allowlists are not run. */
  trusted?: boolean;
  fingerprints?: FingerprintOptions;
  /** Called as git's output arrives, with the bytes of patch text read so far. */
  onBytes?: (bytesRead: number) => void;
}

export interface RepositoryHistoryResult extends HistoryScanResult {
  /** Bytes of `git log -p` output read. */
  bytesScanned: number;
}

export async function scanRepositoryHistory(
  git: GitRunner,
  { range, paths, config, trusted = true, fingerprints, onBytes, ...control }: RepositoryHistoryOptions,
): Promise<RepositoryHistoryResult> {
  const mergeDiffs = await supportsMergeDiffs(git);
  let bytesScanned = 0;
  const events = historyEvents(git, { ...range, paths, config, mergeDiffs }, (bytes) => {
    bytesScanned += bytes;
    onBytes?.(bytesScanned);
  });
  const result = await scanHistory(events, config, { trusted, ...(fingerprints && { fingerprints }) }, control);
  return { ...result, bytesScanned };
}
