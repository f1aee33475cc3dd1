// A `git` first on PATH that notes the process id of every run of one subcommand and then becomes
// the real git (exec keeps the id), so a test can tell whether that git is still running.
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitSpy {
  /** Ids of the processes that ran the subcommand, in order. */
  pids(): number[];
  /** Puts the real PATH back and removes the spy. */
  restore(): void;
}

function realGit(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'git');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error('git is not on PATH');
}

/** Installs the spy for `subcommand` in this process's PATH (child processes and workers started later inherit it). */
export function spyOnGit(subcommand: string): GitSpy {
  const bin = mkdtempSync(path.join(tmpdir(), 'keyward-git-spy-'));
  const log = path.join(bin, 'pids');
  const script = path.join(bin, 'git');
  writeFileSync(
    script,
    `#!/bin/sh\nfor a in "$@"; do [ "$a" = '${subcommand}' ] && echo $$ >> '${log}'; done\nexec '${realGit()}' "$@"\n`,
  );
  chmodSync(script, 0o755);
  const saved = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${saved}`;
  return {
    pids: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map(Number) : []),
    restore() {
      process.env.PATH = saved;
      rmSync(bin, { recursive: true, force: true });
    },
  };
}

/** Whether a process with this id exists (a zombie counts: nobody has waited for it yet). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
