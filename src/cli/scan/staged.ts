// The content a commit would record: the staged (index) version of each added, copied,
// modified or renamed file, which may differ from the working tree. Deleted files carry
// nothing new, so --diff-filter=ACMR leaves them out.
import path from 'node:path';
import { KeywardError } from '../../core/errors';
import { mapLimit } from '../../core/scan/concurrency';
import type { ScanConfig } from '../../core/scan/config';
import { PathRules } from '../../core/scan/sources/pathRules';
import { skipReasonForContent, skipReasonForName, type SkippedFile, type SkipReason } from '../../core/scan/sources/skip';
import { runGit } from './git';

/** Parallel `git show` processes; each is cheap, so a few hide process start-up cost. */
const GIT_CONCURRENCY = 8;

export interface StagedContent {
  files: { file: string; text: string }[];
  skipped: SkippedFile[];
  bytes: number;
}

/**
 * Reads staged blobs under `root`, optionally limited to `paths` (absolute or relative to
 * root). Applies the same skips as a workspace scan, except .gitignore: a staged file is
 * tracked whatever .gitignore says, so it would be committed.
 */
export async function readStaged(
  root: string,
  config: ScanConfig,
  paths: readonly string[] = [],
): Promise<StagedContent> {
  const pathspecs = paths.map((p) => `:(literal)${posixRelative(root, p)}`);
  const names = (
    await runGit(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--', ...pathspecs], root)
  )
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .sort();
  const rules = new PathRules(root, { exclude: config.exclude, gitignore: false });
  const out: StagedContent = { files: [], skipped: [], bytes: 0 };

  type Read = { file: string; reason: SkipReason } | { file: string; blob: Buffer; reason?: undefined };
  const reads = await mapLimit(names, GIT_CONCURRENCY, async (file): Promise<Read> => {
    // Decide what we can from the name first, so skipped files cost no git process.
    const byName = (await rules.reasonForNamedPath(file, false)) ?? skipReasonForName(file);
    if (byName) return { file, reason: byName };
    const blob = await runGit(['show', `:${file}`], root).catch(() => undefined);
    if (!blob) return { file, reason: 'unreadable' };
    if (blob.length > config.maxFileBytes) return { file, reason: 'too large' };
    const byContent = skipReasonForContent(file, blob);
    return byContent ? { file, reason: byContent } : { file, blob };
  });
  for (const read of reads) {
    if (read.reason) {
      out.skipped.push({ file: read.file, reason: read.reason });
    } else {
      out.files.push({ file: read.file, text: read.blob.toString('utf8') });
      out.bytes += read.blob.length;
    }
  }
  return out;
}

function posixRelative(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(root, p));
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new KeywardError(`Cannot scan ${p}: it is outside the repository ${root}`, 'usage');
  }
  return rel.split(path.sep).join('/') || '.';
}
