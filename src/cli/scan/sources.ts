// The three things `keyward scan` can read, each turned into the same raw result: the working
// tree (worker threads), the staged blobs (for the pre-commit hook), and git history.
import path from 'node:path';
import { KeywardError } from '../../core/errors';
import type { ScanConfig } from '../../core/scan/config';
import { scanSource } from '../../core/scan/sourceScan';
import type { SkippedFile } from '../../core/scan/sources/skip';
import { stagedContent } from '../../core/scan/sources/staged';
import type { Finding } from '../../core/scan/types';
import { scanWorkspace } from '../../core/scan/workspace';
import { gitRunner } from './git';

export interface RawScan {
  findings: Finding[];
  filesScanned: number;
  bytesScanned: number;
  skipped: SkippedFile[];
}

export function scanTree(root: string, config: ScanConfig, paths: readonly string[]): Promise<RawScan> {
  return scanWorkspace({ root, config, ...(paths.length > 0 && { paths: [...paths] }) });
}

export function scanStaged(root: string, config: ScanConfig, paths: readonly string[]): Promise<RawScan> {
  const relative = paths.map((p) => posixRelative(root, p));
  return scanSource(stagedContent(gitRunner(root), { config, paths: relative }), config);
}

function posixRelative(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(root, p));
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new KeywardError(`Cannot scan ${p}: it is outside the repository ${root}`, 'usage');
  }
  return rel.split(path.sep).join('/') || '.';
}
