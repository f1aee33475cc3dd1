// The content a commit would record: for every path whose index entry differs from HEAD, the
// blob the index names, read by object id with `git cat-file --batch`. Nothing is looked up by
// name, so no file name (`1:leak.js`, `0:w.js`, bytes that are not UTF-8) can point the read
// elsewhere, and every status counts: added, modified, type-changed (a symlink that became a
// file), unmerged. Deletions record nothing new.
import type { ScanConfig } from '../config';
import { type CatFileObject, CatFileParser, catFileRequest } from './git/catFile';
import { GITLINK_MODE, type IndexChange, parseRawDiff, parseStagedEntries } from './git/indexListing';
import { displayPath } from './git/quoting';
import { type GitRunner, PLAIN_GIT } from './git/runner';
import { excludeMatcher } from './excludeMatcher';
import { isBinaryContent, skipReasonForContent, skipReasonForName, type SkipReason } from './skip';
import type { SourceItem } from './types';

export interface StagedOptions {
  config: ScanConfig;
  /** Posix paths relative to the repository root; the whole index when empty. */
  paths?: readonly string[];
}

/** Reasons decided by a file's extension alone; the staged scan checks the bytes agree. */
const BY_KIND = new Set<SkipReason>(['binary', 'image', 'font', 'archive', 'media']);

interface Blob {
  file: string;
  oid: string;
  /** Set when the name says binary: skipped only if the content agrees. */
  claimed?: SkipReason;
}

/** Staged files, each as its bytes or the reason it is left out (skips decided by name first). */
export async function* stagedContent(git: GitRunner, options: StagedOptions): AsyncGenerator<SourceItem> {
  const pathspecs = (options.paths ?? []).map((p) => `:(literal)${p}`);
  const changes = parseRawDiff(
    await git.output([
      ...PLAIN_GIT,
      'diff',
      '--cached',
      '--raw',
      '-z',
      '--no-abbrev',
      '--no-renames',
      '--',
      ...pathspecs,
    ]),
  );
  const excluded = excludeMatcher(options.config.exclude);
  const blobs: Blob[] = [];
  const skipped: SourceItem[] = [];
  for (const change of await withConflictStages(git, changes, pathspecs)) {
    if (change.status === 'D') continue;
    const file = displayPath(change.path);
    const byName =
      change.mode === GITLINK_MODE ? 'submodule' : excluded(file) ? 'excluded by config' : skipReasonForName(file);
    if (byName && !BY_KIND.has(byName)) skipped.push({ file, reason: byName });
    else blobs.push({ file, oid: change.oid, ...(byName && { claimed: byName }) });
  }
  yield* skipped;
  if (blobs.length === 0) return;

  const parsed: CatFileObject[] = [];
  const parser = new CatFileParser(options.config.maxFileBytes, (object) => parsed.push(object));
  let next = 0;
  for await (const chunk of git.stream(
    [...PLAIN_GIT, 'cat-file', '--batch'],
    catFileRequest(blobs.map((b) => b.oid)),
  )) {
    parser.push(chunk);
    for (const object of parsed.splice(0)) yield judge(blobs[next++], object);
  }
  parser.end();
  if (next !== blobs.length) throw new Error('git cat-file answered fewer objects than were asked for');
}

function judge(blob: Blob, object: CatFileObject): SourceItem {
  const { file } = blob;
  if ('missing' in object) return { file, reason: 'unreadable', detail: 'object missing from the repository' };
  if (object.type !== 'blob') return { file, reason: 'unreadable', detail: `a ${object.type}, not a file` };
  if (object.content === undefined) return { file, reason: 'too large' };
  if (blob.claimed)
    return isBinaryContent(object.content) ? { file, reason: blob.claimed } : { file, bytes: object.content };
  const byContent = skipReasonForContent(file, object.content);
  return byContent ? { file, reason: byContent } : { file, bytes: object.content };
}

/**
 * An unmerged path (status U) has no single staged blob: its conflict stages (ours, theirs and
 * the base) are what a resolution will draw from, so each is read.
 */
async function withConflictStages(git: GitRunner, changes: IndexChange[], pathspecs: string[]): Promise<IndexChange[]> {
  if (!changes.some((c) => c.status === 'U')) return changes;
  const stages = parseStagedEntries(
    await git.output([...PLAIN_GIT, 'ls-files', '--unmerged', '-z', '--', ...pathspecs]),
  );
  return [
    ...changes.filter((c) => c.status !== 'U'),
    ...stages.map((e) => ({ status: 'U', mode: e.mode, oid: e.oid, path: e.path })),
  ];
}
