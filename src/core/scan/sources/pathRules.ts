// Path rules of a scan: config `exclude` globs (excludeMatcher.ts) and the .gitignore files of the tree
// (nested ones included), matched with the `ignore` package's gitignore semantics.
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { type ListingFs, promiseFs } from './listingFs';
import { excludeMatcher } from './excludeMatcher';
import type { SkipReason } from './skip';

export interface PathRulesOptions {
  exclude: readonly string[];
  gitignore: boolean;
}

export class PathRules {
  private readonly excluded: (rel: string) => boolean;
  /** Directory (posix, relative, '' for the root) -> its parsed .gitignore, if any, once read. */
  private readonly gitignores = new Map<string, Ignore | undefined>();
  /** The same while the read is under way. */
  private readonly reading = new Map<string, Promise<Ignore | undefined>>();

  constructor(
    private readonly root: string,
    private readonly options: PathRulesOptions,
    private readonly fs: ListingFs = promiseFs,
  ) {
    this.excluded = excludeMatcher(options.exclude);
  }

  /**
   * Why `rel` is left out, judging the path itself against every .gitignore on its way
   * down from the root. Callers walking top-down skip ignored directories, so a file
   * under an ignored directory is never asked about (git cannot re-include it either).
   */
  async reasonFor(rel: string, isDir: boolean): Promise<SkipReason | undefined> {
    const probe = isDir ? `${rel}/` : rel;
    if (this.excluded(probe)) return 'excluded by config';
    if (!this.options.gitignore) return undefined;
    let ignored = false;
    // A deeper .gitignore overrides a shallower one, negations included.
    for (const dir of ancestorDirs(rel)) {
      // Known ones are taken as they are: an await per ancestor of every file adds up.
      const rules = this.gitignores.has(dir) ? this.gitignores.get(dir) : await this.gitignoreOf(dir);
      if (!rules) continue;
      const verdict = rules.test(dir === '' ? probe : probe.slice(dir.length + 1));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored ? 'ignored by .gitignore' : undefined;
  }

  /** Like `reasonFor`, but also checks each ancestor directory (for paths named by a user). */
  async reasonForNamedPath(rel: string, isDir: boolean): Promise<SkipReason | undefined> {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const reason = await this.reasonFor(parts.slice(0, i).join('/'), true);
      if (reason) return reason;
    }
    return this.reasonFor(rel, isDir);
  }

  /**
   * Tells the rules what a directory's listing showed: without a `.gitignore` entry there is
   * nothing to read. Most directories have none, and a failed read costs far more than a name.
   */
  listed(dir: string, names: readonly string[]): void {
    if (!names.includes('.gitignore') && !this.reading.has(dir)) this.gitignores.set(dir, undefined);
  }

  private gitignoreOf(dir: string): Promise<Ignore | undefined> {
    let pending = this.reading.get(dir);
    if (!pending) {
      pending = this.fs.readText(path.join(this.root, dir, '.gitignore')).then(
        (text) => ignore().add(text),
        () => undefined,
      );
      this.reading.set(dir, pending);
      void pending.then((rules) => this.gitignores.set(dir, rules));
    }
    return pending;
  }
}

/** 'a/b/c.txt' -> ['', 'a', 'a/b']: the directories whose .gitignore may apply. */
function ancestorDirs(rel: string): string[] {
  const dirs = [''];
  for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1)) dirs.push(rel.slice(0, i));
  return dirs;
}
