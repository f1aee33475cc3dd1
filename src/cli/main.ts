import { isKeywardError } from '../core/errors';
import { HelpRequested } from './flags';
import { processIO, type CliIO, type Command } from './io';
import { KEYWARD_VERSION } from './scan/version';
import type * as Audit from './commands/audit';
import type * as Env from './commands/env';
import type * as Hook from './commands/hook';
import type * as Import from './commands/import';
import type * as Incident from './commands/incident';
import type * as Keygen from './commands/keygen';
import type * as Scan from './commands/scan';
import type * as Vault from './commands/vault';

const USAGE = `Usage: keyward <command> [options]

Commands:
  keygen                      print a new base64 master key (32 random bytes)
  vault <subcommand>          manage the encrypted key vault (keyward vault --help)
  env [--only A,B] [--format sh|json]
                              print keys for eval "$(keyward env)" (never to a terminal)
  scan [PATH...]              scan files for leaked secrets (keyward scan --help)
  hook install [--force]      install a git pre-commit hook that runs keyward scan --staged
  audit <verify|export>       check the tamper-evident audit log, or export it (keyward audit --help)
  incident [--keys A,B] [--rotate-master]
                              respond to a leak: mark keys compromised, rotate, write a report
  import gitleaks [CONFIG]    bring over a gitleaks config's rules and allowlists, and .gitleaksignore

Every command takes --help (keyward help COMMAND does the same); keyward --version prints
the version.

Exit codes: 0 ok, 1 findings or refusal, 2 error.`;

/**
 * Each command's modules load when it runs (esbuild keeps them in the bundle but starts them only
 * when required): `keyward scan` in a CI job or a pre-commit hook does not pay for the vault's
 * SQLite, the agent's protocol schemas or the incident report at every start. `require`, not
 * import(): run from source, the TypeScript goes through a require hook, which import() bypasses.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- see above */
const COMMANDS: Record<string, () => Command> = {
  keygen: () => (require('./commands/keygen') as typeof Keygen).keygen,
  vault: () => (require('./commands/vault') as typeof Vault).vault,
  env: () => (require('./commands/env') as typeof Env).env,
  scan: () => (require('./commands/scan') as typeof Scan).scan,
  hook: () => (require('./commands/hook') as typeof Hook).hook,
  audit: () => (require('./commands/audit') as typeof Audit).audit,
  incident: () => (require('./commands/incident') as typeof Incident).incident,
  import: () => (require('./commands/import') as typeof Import).importCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout.write(`keyward ${KEYWARD_VERSION}\n`);
    return 0;
  }
  if (name === 'help' && rest.length > 0) return runCli([...rest, '--help'], io);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr.write(`keyward: unknown command '${name}'\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await load()(rest, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout.write(`${error.usage}\n`);
      return 0;
    }
    if (isKeywardError(error)) {
      io.stderr.write(`keyward: ${error.message}\n`);
      return error.exitCode;
    }
    // Unexpected failures may carry library messages; print the kind, not the payload.
    io.stderr.write(`keyward: internal error (${(error as Error)?.name ?? 'unknown'}). Please report it.\n`);
    if (io.env.KEYWARD_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

/** The `keyward` process: its arguments and streams, and runCli's exit code. */
export async function runMain(): Promise<void> {
  // runCli turns every failure into an exit code, so this never rejects.
  process.exitCode = await runCli(process.argv.slice(2), processIO());
}

if (require.main === module) void runMain();
