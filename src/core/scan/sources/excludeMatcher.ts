// `exclude` globs, from the scan config and the keyward.scan.exclude setting. Apart from
// pathRules.ts, which reads .gitignore files from disk, so that the browser build can use it.
import ignore from 'ignore';

/** Config `exclude` globs (gitignore syntax) as a test of posix relative paths. */
export function excludeMatcher(globs: readonly string[]): (rel: string) => boolean {
  // Asked of every path of the tree: without globs, skip the matcher's own path bookkeeping.
  if (globs.length === 0) return () => false;
  // Users often write './dist/**'; gitignore syntax has no './', so it would match nothing.
  const rules = ignore().add(globs.map((glob) => glob.replace(/^\.\//, '')));
  return (rel) => rules.ignores(rel);
}
