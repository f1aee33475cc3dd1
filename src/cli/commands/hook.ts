// `keyward hook install [--force]`: a git pre-commit hook that runs `keyward scan --staged`.
// Honours core.hooksPath (via `git rev-parse --git-path hooks`), and refuses to replace a
// hook it did not write unless --force, keeping the old one as a backup.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KeywardError } from '../../core/errors';
import { helpAsked, HelpRequested } from '../flags';
import type { CliIO } from '../io';
import { requireGitToplevel, runGit } from '../scan/git';
import { isKeywardHook, preCommitHook } from '../scan/hookScript';

const HOOK_USAGE = `Usage: keyward hook install [--force]

Installs a git pre-commit hook that scans staged changes and blocks commits with secrets.
  --force   replace an existing pre-commit hook that Keyward did not write (kept as
            pre-commit.keyward-backup)`;

export async function hook(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    (sub ? io.stdout : io.stderr).write(`${HOOK_USAGE}\n`);
    return sub ? 0 : 2;
  }
  if (sub !== 'install') throw new KeywardError(`unknown hook subcommand '${sub}' (see keyward hook --help)`, 'usage');
  if (helpAsked(rest)) throw new HelpRequested(HOOK_USAGE);
  let force: boolean;
  try {
    force = parseArgs({ args: rest, options: { force: { type: 'boolean' } }, strict: true }).values.force ?? false;
  } catch (error) {
    throw new KeywardError(`${(error as Error).message.split('\n')[0]} (see keyward hook --help)`, 'usage');
  }
  return install(io, force);
}

async function install(io: CliIO, force: boolean): Promise<number> {
  await requireGitToplevel(io.cwd, 'keyward hook install');
  const hooksDir = path.resolve(
    io.cwd,
    (await runGit(['rev-parse', '--git-path', 'hooks'], io.cwd)).toString('utf8').trim(),
  );
  const file = path.join(hooksDir, 'pre-commit');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (existing !== undefined && !isKeywardHook(existing)) {
    if (!force) {
      throw new KeywardError(
        `${file} already exists and was not written by Keyward; rerun with --force to replace it (it will be kept as pre-commit.keyward-backup)`,
        'refused',
        1,
      );
    }
    renameSync(file, `${file}.keyward-backup`);
    io.stderr.write(`keyward: kept the previous hook as ${file}.keyward-backup\n`);
  }
  mkdirSync(hooksDir, { recursive: true });
  writeFileSync(file, preCommitHook(process.argv[1], process.execPath, process.versions.electron !== undefined), {
    mode: 0o755,
  });
  chmodSync(file, 0o755); // writeFileSync's mode applies only when it creates the file
  io.stdout.write(
    `Installed pre-commit hook: ${file}\nCommits with secrets in staged changes are now blocked (bypass once with git commit --no-verify).\n`,
  );
  return 0;
}
