import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import type { Caller } from './protocol';

/** The process behind a request, as shown in the grant prompt and written to the audit log. */
export interface CallerView {
  pid: number;
  /** The command line, shortened (`keyward vault run -- node app.js`). */
  command: string;
  cwd: string;
  /** The parent's program name, e.g. the shell the command was typed in. */
  parent?: string;
  /** True when the operating system confirmed the claim (Linux /proc); false when taken on trust. */
  verified: boolean;
}

export type CallerCheck = { ok: true; caller: CallerView } | { ok: false; reason: string };

const MAX_COMMAND = 200;

/**
 * Checks a caller's claim against /proc where there is one (Linux): the process must exist, run
 * as this user, and have the command line it claims. Node offers no SO_PEERCRED, so this cannot
 * prove that the claimed process is the one on the socket; the session token is the
 * authentication, and this keeps the name shown to the user and written to the audit log honest
 * against mistakes and casual lies. Elsewhere the claim is shown as unverified.
 */
export function checkCaller(claim: Caller, proc = '/proc'): CallerCheck {
  if (!existsSync(path.join(proc, 'self'))) {
    return { ok: true, caller: { pid: claim.pid, command: describe(claim.argv), cwd: claim.cwd, verified: false } };
  }
  const dir = path.join(proc, String(claim.pid));
  let status: string;
  let argv: string[];
  try {
    status = readFileSync(path.join(dir, 'status'), 'utf8');
    argv = readFileSync(path.join(dir, 'cmdline'), 'utf8').split('\0');
  } catch {
    return { ok: false, reason: `no process ${claim.pid}` };
  }
  if (argv.at(-1) === '') argv.pop();
  const uids = /^Uid:\s+(\d+)\s+(\d+)/m.exec(status);
  const me = String(process.getuid?.());
  if (!uids || uids[1] !== me || uids[2] !== me) return { ok: false, reason: `process ${claim.pid} is another user's` };
  if (argv.length !== claim.argv.length || argv.some((arg, i) => arg !== claim.argv[i])) {
    return { ok: false, reason: `process ${claim.pid} runs a different command than it claims` };
  }
  return {
    ok: true,
    caller: {
      pid: claim.pid,
      command: describe(argv),
      cwd: readLink(path.join(dir, 'cwd')) ?? claim.cwd,
      parent: parentName(proc, status),
      verified: true,
    },
  };
}

/** What the caller should claim about itself: on Linux exactly what /proc will show. */
export function ownClaim(cwd: string, proc = '/proc'): Caller {
  let argv = [process.argv0, ...process.execArgv, ...process.argv.slice(1)];
  try {
    argv = readFileSync(path.join(proc, 'self', 'cmdline'), 'utf8').split('\0');
    if (argv.at(-1) === '') argv.pop();
  } catch {
    // No /proc: the server will not verify, so Node's own view is as good as any.
  }
  return { pid: process.pid, argv: argv.slice(0, 256).map((arg) => arg.slice(0, 4096)), cwd };
}

/** `node /…/dist/cli.js vault run -- x` reads as `keyward vault run -- x`; long lines are cut. */
export function describe(argv: readonly string[]): string {
  const cli = argv.findIndex((arg, i) => i <= 3 && /(^|[\\/])(cli\.js|keyward)$/.test(arg));
  const words =
    cli >= 0 ? ['keyward', ...argv.slice(cli + 1)] : argv.map((arg, i) => (i === 0 ? path.basename(arg) : arg));
  const text = words.join(' ');
  return text.length > MAX_COMMAND ? `${text.slice(0, MAX_COMMAND - 1)}…` : text;
}

function parentName(proc: string, status: string): string | undefined {
  const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
  if (!ppid || ppid === '0') return undefined;
  try {
    return `${readFileSync(path.join(proc, ppid, 'comm'), 'utf8').trim()} (pid ${ppid})`;
  } catch {
    return undefined;
  }
}

function readLink(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}
