// Runs the built CLI so that file permissions bind: as root (CI), as the unprivileged `nobody`,
// since root reads a mode-000 file anyway; as anyone else, as themselves.
import { spawnSync } from 'node:child_process';
import { CLI, type CliResult } from './cli';

const NOBODY = 65534;

export const runsAsRoot = process.getuid?.() === 0;

/** The built CLI in `cwd` under an account that permissions apply to (cwd must be reachable by it). */
export function keywardWithPermissions(args: string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd },
    encoding: 'utf8',
    timeout: 60_000,
    ...(runsAsRoot && { uid: NOBODY, gid: NOBODY }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
