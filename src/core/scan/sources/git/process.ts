// git as a child process, behind the GitRunner the git sources take: spawned without a shell (so
// paths and revisions are never shell syntax), stdout streamed or collected, stderr kept for the
// message. Shared by the CLI and the extension's history scan; an AbortSignal ends git at once,
// which is how a cancelled scan stops a `git log -p` over a long history.
import { spawn } from 'node:child_process';
import { KeywardError } from '../../../errors';
import { GitFailure, type GitRunner } from './runner';

/** Enough of stderr to explain a failure; git's messages are short. */
const STDERR_LIMIT = 4096;

// No prompt for credentials, no optional index refresh (a pre-commit hook must not fight the
// commit for index.lock), and git's own messages in English so they read the same everywhere.
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };

/** The error a cancelled git run rejects with, as `AbortSignal.throwIfAborted` would. */
export function gitAborted(): DOMException {
  return new DOMException('git was stopped: the scan was cancelled', 'AbortError');
}

/** Runs git in `cwd`; aborting `signal` kills a running git and makes its call reject with an AbortError. */
export function gitProcess(cwd: string, signal?: AbortSignal): GitRunner {
  return {
    async output(args, input) {
      const chunks: Buffer[] = [];
      for await (const chunk of stream(cwd, args, input, signal)) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    stream: (args, input) => stream(cwd, args, input, signal),
  };
}

async function* stream(
  cwd: string,
  args: readonly string[],
  input: Uint8Array | undefined,
  signal: AbortSignal | undefined,
): AsyncGenerator<Buffer> {
  if (signal?.aborted) throw gitAborted();
  const child = spawn('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, windowsHide: true });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < STDERR_LIMIT) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null } | { error: NodeJS.ErrnoException }>((resolve) => {
    child.on('error', (error) => resolve({ error }));
    child.on('close', (code) => resolve({ code }));
  });
  // Killing git ends its stdout, so the loop below finishes and the abort is reported after it.
  const kill = () => child.kill();
  signal?.addEventListener('abort', kill, { once: true });
  // git may exit before reading all of its input (a bad revision): that is its error to report.
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  let finished = false;
  try {
    for await (const chunk of child.stdout) {
      // What git wrote before it was killed is dropped: a cancelled scan reads no further.
      if (signal?.aborted) break;
      yield chunk as Buffer;
    }
    finished = !signal?.aborted;
  } finally {
    signal?.removeEventListener('abort', kill);
    // A caller that stops early (an error, a cancelled scan) ends git, and waits until it is gone.
    if (!finished) {
      child.kill();
      await exited;
    }
  }
  const outcome = await exited;
  if (signal?.aborted) throw gitAborted();
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
