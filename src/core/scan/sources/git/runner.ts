// How the git sources reach git: through a runner the shell injects, so that this folder holds
// only parsing and decisions (the CLI runs git as a child process; tests can script a runner).
// Every source passes raw bytes around: paths and contents stay exactly what git stored.
import { KeywardError } from '../../../errors';

export interface GitRunner {
  /** Runs git to completion and resolves with its stdout; rejects with a GitFailure. */
  output(args: readonly string[], input?: Uint8Array): Promise<Buffer>;
  /**
   * Runs git, writing `input` to its stdin, and yields stdout as it arrives, so a caller can
   * parse gigabytes of history in constant memory. After the last chunk the iterator throws a
   * GitFailure if git failed; a caller that stops early ends the process.
   */
  stream(args: readonly string[], input?: Uint8Array): AsyncIterable<Buffer>;
}

/**
 * git exited with a non-zero status: a Keyward error (exit 2) naming the subcommand, git's exit
 * code and the first line git printed on stderr (git names paths and refs there, never contents).
 */
export class GitFailure extends KeywardError {
  constructor(
    readonly command: string,
    readonly gitExitCode: number | null,
    readonly detail: string,
  ) {
    super(
      `git ${command} failed (${gitExitCode === null ? 'killed' : `exit ${gitExitCode}`})${detail ? `: ${detail}` : ''}`,
      'io',
    );
  }
}

/**
 * Options every source passes first: paths are always C-quoted the same way (so a parser never
 * meets an unquoted byte >= 0x80), and no user setting may colour, re-encode or run filters.
 */
export const PLAIN_GIT: readonly string[] = ['-c', 'core.quotePath=true', '-c', 'color.ui=false'];
