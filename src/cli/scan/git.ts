// Thin wrappers over the git executable. execFile (never a shell) so that file names from
// the index cannot be interpreted as shell syntax.
import { execFile, type ExecFileException } from 'node:child_process';
import { KeywardError } from '../../core/errors';

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Runs git in `cwd` and returns raw stdout; rejects with git's exit code and first error line on failure. */
export function runGit(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true },
      (error: ExecFileException | null, stdout: Buffer, stderr: Buffer) => {
        if (error) reject(gitFailure(args, error, stderr));
        else resolve(stdout);
      },
    );
  });
}

function gitFailure(args: readonly string[], error: ExecFileException, stderr: Buffer): KeywardError {
  // git names paths and refs in its messages, never file contents.
  const why = stderr.toString('utf8').trim().split('\n')[0] || error.message;
  const exit = typeof error.code === 'number' ? `exit ${error.code}` : (error.code ?? 'not run');
  return new KeywardError(`git ${args[0] ?? ''} failed (${exit}): ${why}`, 'io', 2);
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
