// A history scan as the editor runs it: count the commits (for a progress bar), scan them, then
// read the subjects of the commits that carry findings (masked, for labels). The same function
// runs on a worker thread (worker.ts) or, when the worker bundle is missing, on the caller's.
import type { ScanConfig } from '../config';
import { scannerFor } from '../configuredScanner';
import type { FingerprintOptions } from '../fingerprint';
import { gitProcess } from '../sources/git/process';
import { type GitRunner, PLAIN_GIT } from '../sources/git/runner';
import { countCommits, type HistoryRange } from '../sources/history';
import { commitSubjects } from './commitSubjects';
import { type RepositoryHistoryResult, scanRepositoryHistory } from './repositoryHistory';

/** Everything a history job needs, as plain data (it crosses to a worker thread). */
export interface HistoryJob {
  /** The repository's top-level folder. */
  root: string;
  range: HistoryRange;
  /** Posix paths relative to `root` that limit the history; all when empty. */
  paths: string[];
  config: ScanConfig;
  trusted: boolean;
  fingerprints?: FingerprintOptions;
}

export interface HistoryJobResult extends RepositoryHistoryResult {
  /** Subject line (secrets masked) of each commit that carries a finding, by full id. */
  subjects: Record<string, string>;
}

export interface HistoryJobControl {
  signal?: AbortSignal;
  /** The number of commits the scan will read, when git could count them. */
  onTotal?: (commits: number) => void;
  /** Commits and bytes of patch text read so far; at most every PROGRESS_MS. */
  onProgress?: (commits: number, bytes: number) => void;
}

const PROGRESS_MS = 100;

export async function runHistoryJob(job: HistoryJob, control: HistoryJobControl = {}): Promise<HistoryJobResult> {
  const git = gitProcess(job.root, control.signal);
  // A repository without commits has no HEAD, which git log would call an error.
  if (job.range.revisions.length === 0 && !job.range.all && !(await hasHead(git)))
    return { findings: [], commitsScanned: 0, filesScanned: 0, skipped: 0, bytesScanned: 0, subjects: {} };
  control.onTotal?.(await countCommits(git, { ...job.range, paths: job.paths }));
  let commits = 0;
  let bytes = 0;
  let reported = 0;
  const report = () => {
    if (Date.now() - reported < PROGRESS_MS) return;
    reported = Date.now();
    control.onProgress?.(commits, bytes);
  };
  const options = { trusted: job.trusted, ...(job.fingerprints && { fingerprints: job.fingerprints }) };
  const result = await scanRepositoryHistory(git, {
    ...options,
    range: job.range,
    paths: job.paths,
    config: job.config,
    ...(control.signal && { signal: control.signal }),
    onCommit: (count) => ((commits = count), report()),
    onBytes: (count) => ((bytes = count), report()),
  });
  const shas = [...new Set(result.findings.map((f) => f.commit!.sha))];
  const subjects = await commitSubjects(git, shas, scannerFor(job.config, options));
  return { ...result, subjects };
}

async function hasHead(git: GitRunner): Promise<boolean> {
  try {
    await git.output([...PLAIN_GIT, 'rev-parse', '--verify', '-q', 'HEAD^{commit}']);
    return true;
  } catch {
    return false;
  }
}
