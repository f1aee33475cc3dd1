// The git process plumbing behind the core's git sources: spawn (never a shell, so paths and
// revisions are never shell syntax), stdout streamed or collected, stderr kept for the message.
import { spawn } from 'node:child_process';
import { KeywardError } from '../../core/errors';
import { GitFailure, type GitRunner } from '../../core/scan/sources/git/runner';

/** Enough of stderr to explain a failure; git's messages are short. */
const STDERR_LIMIT = 4096;

// No prompt for credentials, no optional index refresh (a pre-commit hook must not fight the
// commit for index.lock), and git's own messages in English so they read the same everywhere.
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };

export function gitRunner(cwd: string): GitRunner {
  return {
    async output(args, input) {
      const chunks: Buffer[] = [];
      for await (const chunk of stream(cwd, args, input)) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    stream: (args, input) => stream(cwd, args, input),
  };
}

async function* stream(cwd: string, args: readonly string[], input?: Uint8Array): AsyncGenerator<Buffer> {
  const child = spawn('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, windowsHide: true });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < STDERR_LIMIT) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null } | { error: NodeJS.ErrnoException }>((resolve) => {
    child.on('error', (error) => resolve({ error }));
    child.on('close', (code) => resolve({ code }));
  });
  // git may exit before reading all of its input (a bad revision): that is its error to report.
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    finished = true;
  } finally {
    if (!finished) child.kill();
  }
  const outcome = await exited;
  if ('error' in outcome) {
    const { code } = outcome.error;
    throw new KeywardError(
      code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git (${code})`,
      'io',
    );
  }
  if (outcome.code !== 0) throw new GitFailure(subcommandOf(args), outcome.code, stderr.trim().split('\n')[0] ?? '');
}

/** `cat-file` in `-c core.quotePath=true cat-file --batch`: what a message should name. */
function subcommandOf(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return '';
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
