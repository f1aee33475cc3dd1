// Git history as a source: every file change of every commit in the range, as the new side of
// its hunks with the added lines marked, streamed from one `git log -p` in bounded memory.
// Every option that could change the patch format is pinned, whatever the user's git config says.
import type { ScanConfig } from '../config';
import { COMMIT_FORMAT, type PatchEvent } from './git/patch';
import { PatchLogParser } from './git/patchLog';
import { displayPath } from './git/quoting';
import { type GitRunner, PLAIN_GIT } from './git/runner';
import { excludeMatcher } from './excludeMatcher';
import { skipReasonForName } from './skip';

/** Which commits a history scan reads. */
export interface HistoryRange {
  /** Revisions and ranges as `git log` takes them (`main`, `v1..v2`); HEAD when empty. */
  revisions: readonly string[];
  /** Every ref (branches, tags, remotes, stash), like `git log --all`. */
  all: boolean;
  since?: string;
  until?: string;
}

export interface HistoryOptions extends HistoryRange {
  /** Posix paths relative to the repository root that limit the history; all when empty. */
  paths: readonly string[];
  config: ScanConfig;
  /** Lines introduced by merge commits themselves (conflict resolutions), via --remerge-diff (git 2.36+). */
  mergeDiffs: boolean;
}

const PINNED_CONFIG = ['-c', 'diff.suppressBlankEmpty=false', '-c', 'log.showSignature=false'];

/** What selects the commits, the same for `git log` and `git rev-list`. */
function commitSelection(options: Pick<HistoryOptions, keyof HistoryRange | 'paths'>): string[] {
  return [
    ...(options.all ? ['--all'] : []),
    ...(options.since !== undefined ? [`--since=${options.since}`] : []),
    ...(options.until !== undefined ? [`--until=${options.until}`] : []),
    '--end-of-options',
    ...options.revisions,
    '--',
    ...options.paths.map((p) => `:(literal)${p}`),
  ];
}

export function historyLogArgs(options: HistoryOptions): string[] {
  return [
    ...PLAIN_GIT,
    ...PINNED_CONFIG,
    'log',
    '--patch',
    '--unified=3',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--find-renames',
    '--encoding=UTF-8',
    // Children before parents, so the last commit seen to add a secret is where it was introduced.
    '--date-order',
    `--format=${COMMIT_FORMAT}`,
    options.mergeDiffs ? '--diff-merges=remerge' : '--diff-merges=off',
    ...commitSelection(options),
  ];
}

/** How many commits the scan will read, for a progress bar (`git rev-list --count` is fast). */
export async function countCommits(
  git: GitRunner,
  options: Pick<HistoryOptions, keyof HistoryRange | 'paths'>,
): Promise<number> {
  // Unlike git log, rev-list has no default revision.
  const revisions = options.revisions.length === 0 && !options.all ? ['HEAD'] : options.revisions;
  const out = await git.output([...PLAIN_GIT, 'rev-list', '--count', ...commitSelection({ ...options, revisions })]);
  return Number(out.toString('latin1').trim()) || 0;
}

/** What git log produced: patches to scan and the file changes left out, per chunk read. */
export async function* historyEvents(
  git: GitRunner,
  options: HistoryOptions,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<PatchEvent> {
  const excluded = excludeMatcher(options.config.exclude);
  const events: PatchEvent[] = [];
  const parser = new PatchLogParser({
    maxPatchBytes: options.config.maxFileBytes,
    wants: (path) => {
      const file = displayPath(path);
      return !excluded(file) && !skipReasonForName(file);
    },
    onEvent: (event) => events.push(event),
  });
  for await (const chunk of git.stream(historyLogArgs(options))) {
    onBytes(chunk.length);
    parser.push(chunk);
    yield* events.splice(0);
  }
  parser.end();
  yield* events.splice(0);
}

/** Whether this git can show what merges introduce (--remerge-diff arrived in git 2.36). */
export async function supportsMergeDiffs(git: GitRunner): Promise<boolean> {
  const version = /(\d+)\.(\d+)/.exec((await git.output(['version'])).toString('latin1'));
  return version !== null && (Number(version[1]) > 2 || (Number(version[1]) === 2 && Number(version[2]) >= 36));
}
