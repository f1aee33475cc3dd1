// A copy of this project as it is now (committed or not), for tests that install or build it
// the way an outside tool would (the pre-commit framework, a GitHub Actions runner) without
// touching this checkout's node_modules or dist.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { GIT_ENV } from '../fixtures/cli-scan/git';

const PROJECT = path.resolve(__dirname, '../..');

/** Copies the project's files (tracked or new, not ignored) into `dir`, replacing what was there. */
export function copyProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: PROJECT,
    encoding: 'utf8',
  });
  for (const file of files.split('\0').filter(Boolean)) {
    try {
      cpSync(path.join(PROJECT, file), path.join(dir, file));
    } catch {
      // deleted in the work tree but still in the index: no longer part of the project
    }
  }
}

/** The copy committed with fixed dates, so that unchanged sources give the same commit id. */
export function commitCopy(dir: string): string {
  const env = { ...GIT_ENV, GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z' };
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  run('init', '-q', '-b', 'main');
  run('add', '-A');
  run('commit', '-q', '-m', 'keyward under test');
  return run('rev-parse', 'HEAD').trim();
}
