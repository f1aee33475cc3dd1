// Where a scan is rooted: the git top level of the first PATH (or of the current directory when
// none is given); outside git, the current folder when PATH is under it, else PATH's folder, so `keyward scan /some/other/checkout` works from
// anywhere the way gitleaks and ripgrep do; --root names it outright. Reports, the config and
// the baseline are all relative to the root, and every PATH must lie inside it.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../../core/errors';
import { gitToplevel } from './git';

export interface ScanRoot {
  root: string;
  /** The PATHs, with symlinked parent folders resolved the way git resolves the root. */
  paths: string[];
}

/** `gitMode` (--staged, --history) names the option that needs a repository, if any. */
export async function resolveScanRoot(
  paths: readonly string[],
  cwd: string,
  { root: explicit, gitMode }: { root?: string; gitMode?: string },
): Promise<ScanRoot> {
  const shown = (p: string) => (isInside(cwd, p) ? path.relative(cwd, p) || '.' : p);
  for (const p of paths) {
    if (!exists(p)) throw new KeywardError(`Cannot scan ${shown(p)}: no such file or directory`, 'usage');
  }
  if (explicit !== undefined && !isDirectory(explicit)) {
    throw new KeywardError(`--root ${shown(explicit)} is not a directory`, 'usage');
  }
  const anchor = explicit ?? (paths[0] === undefined ? cwd : isDirectory(paths[0]) ? paths[0] : path.dirname(paths[0]));
  const top = await gitToplevel(anchor);
  if (gitMode && !top)
    throw new KeywardError(`${gitMode} needs a git repository, and ${shown(anchor)} is not inside one`, 'usage');
  // Real paths throughout, as git reports its top level, so that symlinked folders compare equal.
  // Outside git, a PATH under the current folder keeps the current folder (and its config) as root.
  const folder = isInside(cwd, anchor) ? cwd : anchor;
  const root = gitMode ? top! : realpathSync(explicit ?? top ?? folder);
  const resolved = paths.map((p) => withRealParent(p, root));
  const outside = resolved.findIndex((p) => !isInside(root, p));
  if (outside !== -1) {
    throw new KeywardError(
      `Cannot scan ${shown(paths[outside])}: it is outside the scan root ${root}; scan it separately or choose a common --root`,
      'usage',
    );
  }
  return { root, paths: resolved };
}

/** The path with its parent folders resolved; its last part stays as named (a named symlink is not followed). */
function withRealParent(p: string, root: string): string {
  if (isDirectory(p) && realpathSync(p) === root) return root;
  return path.join(realpathSync(path.dirname(p)), path.basename(p));
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
