// Which files a workspace scan reads: a walk of the root (or of the paths a user named)
// that honours .gitignore and config excludes and decides every skip it can from names
// and sizes alone, so that skipped files are never opened.
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../../errors';
import { IO_CONCURRENCY, mapLimit } from '../concurrency';
import type { ScanConfig } from '../config';
import { type ListingFs, promiseFs } from './listingFs';
import { PathRules } from './pathRules';
import { ALWAYS_SKIPPED_DIRS, skipReasonForName, type SkippedFile, type SkipReason, unreadable } from './skip';

export interface FileEntry {
  /** Posix path relative to the scan root. */
  file: string;
  size: number;
}

export interface FileList {
  files: FileEntry[];
  skipped: SkippedFile[];
}

/** Walk state; `accepted` files passed every name rule and still need their size. */
type Walk = {
  fs: ListingFs;
  rules: PathRules;
  root: string;
  realRoot: string;
  out: FileList;
  accepted: string[];
  onFound?: (accepted: number) => void;
};
type Kind = 'file' | 'dir' | 'link' | 'other';

export interface ListingOptions {
  /** Hears the count of files accepted so far while the walk goes on (before their sizes are read), so that a caller can get ready for a large tree early. */
  onFound?: (accepted: number) => void;
  /** How to reach the file system; promise-based calls when absent. */
  fs?: ListingFs;
}

/** Lists the files to scan under `root` (or under `paths`, relative to root), sorted by path. */
export async function listFiles(
  root: string,
  config: ScanConfig,
  paths?: readonly string[],
  { onFound, fs = promiseFs }: ListingOptions = {},
): Promise<FileList> {
  const walk: Walk = {
    fs,
    rules: new PathRules(root, config, fs),
    root,
    realRoot: await fs.realpath(root).catch(() => {
      throw new KeywardError(`Cannot scan ${root}: no such directory`, 'usage');
    }),
    out: { files: [], skipped: [] },
    accepted: [],
    ...(onFound && { onFound }),
  };
  const named = paths?.length ? paths.map((p) => relativeToRoot(root, p)) : [''];
  const dirs: string[] = [];
  for (const rel of [...new Set(named)]) {
    if (rel === '') {
      dirs.push('');
      continue;
    }
    const kind = await kindOf(fs, path.join(root, rel), rel);
    const reason = await walk.rules.reasonForNamedPath(rel, kind === 'dir');
    if (reason) walk.out.skipped.push({ file: kind === 'dir' ? `${rel}/` : rel, reason });
    else await visit(walk, rel, kind, dirs);
  }
  await walkDirs(walk, dirs);
  // Named paths may overlap ('src' and 'src/a.ts'): size each file once.
  await mapLimit([...new Set(walk.accepted)], IO_CONCURRENCY, async (file) => {
    const size = await fs.lstat(path.join(root, file)).then(
      (s) => s.size,
      (error: unknown) => error,
    );
    if (typeof size !== 'number') walk.out.skipped.push(unreadable(file, size));
    else if (size > config.maxFileBytes) walk.out.skipped.push({ file, reason: 'too large' });
    else walk.out.files.push({ file, size });
  });
  walk.out.files.sort((a, b) => compare(a.file, b.file));
  walk.out.skipped.sort((a, b) => compare(a.file, b.file));
  return walk.out;
}

/** Breadth-first, one level at a time, reading up to IO_CONCURRENCY directories at once. */
async function walkDirs(walk: Walk, level: string[]): Promise<void> {
  while (level.length > 0) {
    const next: string[] = [];
    await mapLimit(level, IO_CONCURRENCY, async (dir) => {
      let entries: Dirent[];
      try {
        entries = await walk.fs.readdir(path.join(walk.root, dir));
      } catch (error) {
        walk.out.skipped.push(unreadable(dir === '' ? './' : `${dir}/`, error));
        return;
      }
      walk.rules.listed(
        dir,
        entries.map((entry) => entry.name),
      );
      for (const entry of entries) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
        const kind = direntKind(entry);
        const reason = await walk.rules.reasonFor(rel, kind === 'dir');
        if (reason) walk.out.skipped.push({ file: kind === 'dir' ? `${rel}/` : rel, reason });
        else await visit(walk, rel, kind, next);
      }
    });
    level = next;
  }
}

/** Classifies one path that passed the ignore rules: queue a directory, accept or skip a file. */
async function visit(walk: Walk, rel: string, kind: Kind, dirs: string[]): Promise<void> {
  const skip = (reason: SkipReason, file = rel): void => {
    walk.out.skipped.push({ file, reason });
  };
  if (kind === 'dir') {
    const always = ALWAYS_SKIPPED_DIRS.get(rel.slice(rel.lastIndexOf('/') + 1));
    if (always) skip(always, `${rel}/`);
    else dirs.push(rel);
  } else if (kind === 'link') {
    // Never followed: git stores the link, not the target; a target inside the root is
    // scanned at its own path, and one outside the root is not ours to read.
    skip((await isInside(walk, path.join(walk.root, rel))) ? 'symlink' : 'symlink outside root');
  } else if (kind === 'file') {
    const byName = skipReasonForName(rel);
    if (byName) {
      skip(byName);
    } else {
      walk.accepted.push(rel);
      walk.onFound?.(walk.accepted.length);
    }
  }
}

function direntKind(entry: Dirent): Kind {
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isDirectory()) return 'dir';
  return entry.isFile() ? 'file' : 'other';
}

async function kindOf(fs: ListingFs, abs: string, rel: string): Promise<Kind> {
  try {
    const stats = await fs.lstat(abs);
    if (stats.isSymbolicLink()) return 'link';
    if (stats.isDirectory()) return 'dir';
    return stats.isFile() ? 'file' : 'other';
  } catch {
    throw new KeywardError(`Cannot scan ${rel}: no such file or directory`, 'usage');
  }
}

async function isInside(walk: Walk, abs: string): Promise<boolean> {
  try {
    return isRelativeInside(path.relative(walk.realRoot, await walk.fs.realpath(abs)));
  } catch {
    return false; // a dangling link points nowhere we could scan
  }
}

/** A user-named path as a posix path relative to the root; '' for the root itself. */
function relativeToRoot(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(root, p));
  if (!isRelativeInside(rel)) {
    throw new KeywardError(`Cannot scan ${p}: it is outside the scan root ${root}`, 'usage');
  }
  return rel.split(path.sep).join('/');
}

function isRelativeInside(rel: string): boolean {
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** Code-unit order, identical on every platform and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
