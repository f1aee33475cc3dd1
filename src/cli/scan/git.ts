// The CLI's git helpers: the repository a path is in, on top of the core's git process runner
// (src/core/scan/sources/git/process.ts, which the extension's history scan uses too).
import { KeywardError } from '../../core/errors';
import { gitProcess } from '../../core/scan/sources/git/process';
import type { GitRunner } from '../../core/scan/sources/git/runner';

export function gitRunner(cwd: string): GitRunner {
  return gitProcess(cwd);
}

/** Runs git in `cwd` and returns raw stdout; rejects with a GitFailure. */
export function runGit(args: readonly string[], cwd: string): Promise<Buffer> {
  return gitRunner(cwd).output(args);
}

/** The work tree's top-level directory, or undefined outside a repository (or without git). */
export async function gitToplevel(cwd: string): Promise<string | undefined> {
  try {
    const out = (await runGit(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

/** Like gitToplevel, but a repository is required (for --staged and hook install). */
export async function requireGitToplevel(cwd: string, why: string): Promise<string> {
  const top = await gitToplevel(cwd);
  if (!top) throw new KeywardError(`${why} needs a git repository, and ${cwd} is not inside one`, 'usage');
  return top;
}
