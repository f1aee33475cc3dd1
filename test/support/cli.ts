import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DIST, ensureDist } from './dist';

export const CLI = path.join(DIST, 'cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `keyward` CLI as a user would, with only the environment given (plus PATH).
 * Suites that use it call useDist(); building here too keeps a suite that forgot from running a
 * missing or stale bundle.
 */
export function keyward(
  args: string[],
  { cwd, env = {}, input = '' }: { cwd: string; env?: NodeJS.ProcessEnv; input?: string },
): CliResult {
  ensureDist();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
