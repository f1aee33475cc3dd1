// Runs the built CLI so that file permissions bind: as root (CI), as the unprivileged `nobody`,
// since root reads a mode-000 file anyway; as anyone else, as themselves.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, type CliResult } from './cli';

const NOBODY = 65534;

export const runsAsRoot = process.getuid?.() === 0;

/** The bundles the CLI runs from, beside each other as in dist/. */
const BUNDLES = ['cli.js', 'cli-main.js', 'scan-worker.js', 'history-worker.js', 'sql-wasm.wasm'];

let nobodysCopy: string | undefined;

/**
 * dist/ as `nobody` can reach it. The checkout may sit under a folder only root can enter (a CI
 * clone in `mktemp -d`, mode 0700), so the bundles are copied once per test process into a
 * world-readable folder of their own.
 */
function cliForNobody(): string {
  if (!nobodysCopy) {
    const folder = mkdtempSync(path.join(tmpdir(), 'keyward-cli-'));
    chmodSync(folder, 0o755);
    for (const bundle of BUNDLES) copyFileSync(path.join(path.dirname(CLI), bundle), path.join(folder, bundle));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    nobodysCopy = path.join(folder, 'cli.js');
  }
  return nobodysCopy;
}

/** The built CLI in `cwd` under an account that permissions apply to (cwd must be reachable by it). */
export function keywardWithPermissions(args: string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [runsAsRoot ? cliForNobody() : CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd },
    encoding: 'utf8',
    timeout: 60_000,
    ...(runsAsRoot && { uid: NOBODY, gid: NOBODY }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
