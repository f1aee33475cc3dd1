// The three things `keyward scan` can read, each turned into the same raw result: the working
// tree (worker threads), the staged blobs (for the pre-commit hook), and git history.
import path from 'node:path';
import { KeywardError } from '../../core/errors';
import type { ScanConfig } from '../../core/scan/config';
import type { FingerprintOptions } from '../../core/scan/fingerprint';
import { scanSource } from '../../core/scan/sourceScan';
import { describeRepository, type RepositoryIdentity } from '../../core/scan/sources/git/repository';
import { scanRepositoryHistory } from '../../core/scan/history/repositoryHistory';
import type { HistoryRange } from '../../core/scan/sources/history';
import type { SkippedFile } from '../../core/scan/sources/skip';
import { stagedContent } from '../../core/scan/sources/staged';
import type { Finding } from '../../core/scan/types';
import { scanWorkspace } from '../../core/scan/workspace';
import { gitRunner } from './git';

export interface RawScan {
  findings: Finding[];
  filesScanned: number;
  bytesScanned: number;
  /** The paths left out, when the scan lists them (a history scan only counts them). */
  skipped: SkippedFile[];
  skippedCount: number;
  /** History scans: the commits read, and the repository for SARIF. */
  commitsScanned?: number;
  repository?: RepositoryIdentity;
}

export async function scanTree(
  root: string,
  config: ScanConfig,
  paths: readonly string[],
  fingerprints: FingerprintOptions,
): Promise<RawScan> {
  // The CLI's thread has nothing else to do meanwhile: blocking file-system calls cost less CPU.
  const result = await scanWorkspace({
    root,
    config,
    fingerprints,
    blocking: true,
    ...(paths.length > 0 && { paths: [...paths] }),
  });
  return { ...result, skippedCount: result.skipped.length };
}

export async function scanStaged(
  root: string,
  config: ScanConfig,
  paths: readonly string[],
  fingerprints: FingerprintOptions,
): Promise<RawScan> {
  const relative = paths.map((p) => posixRelative(root, p));
  const result = await scanSource(stagedContent(gitRunner(root), { config, paths: relative }), config, {
    fingerprints,
  });
  return { ...result, skippedCount: result.skipped.length };
}

export async function scanHistoryOf(
  root: string,
  config: ScanConfig,
  range: HistoryRange,
  paths: readonly string[],
  fingerprints: FingerprintOptions,
): Promise<RawScan> {
  const git = gitRunner(root);
  const relative = paths.map((p) => posixRelative(root, p));
  const result = await scanRepositoryHistory(git, { range, paths: relative, config, fingerprints });
  return {
    findings: result.findings,
    filesScanned: result.filesScanned,
    bytesScanned: result.bytesScanned,
    skipped: [],
    skippedCount: result.skipped,
    commitsScanned: result.commitsScanned,
    repository: await describeRepository(git, root),
  };
}

function posixRelative(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(root, p));
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new KeywardError(`Cannot scan ${p}: it is outside the repository ${root}`, 'usage');
  }
  return rel.split(path.sep).join('/') || '.';
}
