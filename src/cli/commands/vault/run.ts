import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV } from '../../../core/agent/env';
import { WITHHELD_ENV_VARS } from '../../../core/crypto/masterKey';
import { KeywardError } from '../../../core/errors';
import { helpAsked, HelpRequested, parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { keysFor, nameList } from '../../keySource';

const USAGE = 'Usage: keyward vault run [--only NAME,...] [--env ENVIRONMENT] [--vault PATH] -- COMMAND [ARGS...]';

/**
 * What the child must not inherit: the master key variables, current and next, and the agent's
 * address: it has no business opening the vault or asking the agent for more.
 */
const WITHHELD = [...WITHHELD_ENV_VARS, AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV];

/**
 * Starts COMMAND with vault keys as environment variables, like `op run`: values go from this
 * process's memory straight into the child's environment, never to disk or argv. Keys come from
 * the vault (master key in the environment) or from VS Code's key agent (see keySource.ts).
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

  const secrets = await keysFor(io, {
    vault: values.vault,
    names: nameList(values.only),
    environment: values.env,
    purpose: `cli run ${command}`,
  });
  const env: NodeJS.ProcessEnv = { ...io.env };
  for (const name of WITHHELD) delete env[name];
  // Under VS Code's own runtime (Electron as Node, started by the terminal's keyward shim) the
  // flag would turn an Electron-based child into Node too.
  if (process.versions.electron) delete env.ELECTRON_RUN_AS_NODE;
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
