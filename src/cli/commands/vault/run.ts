import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { WITHHELD_ENV_VARS } from '../../../core/crypto/masterKey';
import { KeywardError } from '../../../core/errors';
import { helpAsked, HelpRequested, parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { openVault } from './context';

const USAGE = 'Usage: keyward vault run [--only NAME,...] [--env ENVIRONMENT] [--vault PATH] -- COMMAND [ARGS...]';

/**
 * Starts COMMAND with vault keys as environment variables, like `op run`: values go from this
 * process's memory straight into the child's environment, never to disk or argv. The master key
 * variables, current and next, are withheld from the child, which has no business opening the vault.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (helpAsked(args)) throw new HelpRequested(USAGE);
  const split = args.indexOf('--');
  if (split === -1 || split === args.length - 1) throw new KeywardError(USAGE, 'usage');
  const { values, positionals } = parseFlags(
    args.slice(0, split),
    { vault: { type: 'string' }, only: { type: 'string' }, env: { type: 'string' } },
    USAGE,
  );
  if (positionals.length > 0) throw new KeywardError(USAGE, 'usage');
  const [command, ...commandArgs] = args.slice(split + 1);

  const vault = await openVault(io, values.vault);
  const wanted = values.only
    ?.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const names =
    wanted ??
    vault
      .list()
      .filter((k) => k.status !== 'retired' && (!values.env || k.environment === values.env))
      .map((k) => k.name);
  const secrets = await vault.revealForInjection(names, `cli run ${command}`);
  vault.close();

  const env: NodeJS.ProcessEnv = { ...io.env };
  for (const name of WITHHELD_ENV_VARS) delete env[name];
  for (const [name, value] of secrets) env[name] = value;
  return runChild(command, commandArgs, env, io);
}

function runChild(command: string, args: string[], env: NodeJS.ProcessEnv, io: CliIO): Promise<number> {
  const inherit = io.stdout === process.stdout;
  const child = spawn(command, args, { env, cwd: io.cwd, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  if (!inherit) {
    child.stdout?.pipe(io.stdout, { end: false });
    child.stderr?.pipe(io.stderr, { end: false });
  }
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      io.stderr.write(`keyward: cannot start ${command}: ${(error as NodeJS.ErrnoException).code ?? error.message}\n`);
      resolve(2);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}
