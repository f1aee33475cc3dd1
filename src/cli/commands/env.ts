import { shellQuote } from '../../core/shellQuote';
import { KeywardError } from '../../core/errors';
import { parseFlags } from '../flags';
import type { CliIO } from '../io';
import { keysFor, nameList } from '../keySource';

const USAGE = `Usage: keyward env [--only NAME,...] [--env ENVIRONMENT] [--format sh|json] [--vault PATH] [--reveal]

Prints vault keys for a shell to load, e.g. eval "$(keyward env --only STRIPE_KEY)".
  --format sh     export NAME='value' lines for POSIX shells (the default)
  --format json   one JSON object of names and values
  --reveal        print to a terminal too (values would stay in its scrollback)
Keys come from the vault (KEYWARD_MASTER_KEY) or, in a VS Code terminal, from Keyward's agent.`;

const FORMATS = ['sh', 'json'] as const;

/**
 * `keyward env`: the keys as text for `eval` or a program to read. Like `vault get`, it refuses
 * to print values to a terminal, where they would sit in the scrollback, unless asked to.
 */
export async function env(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      only: { type: 'string' },
      env: { type: 'string' },
      format: { type: 'string', default: 'sh' },
      vault: { type: 'string' },
      reveal: { type: 'boolean' },
    },
    USAGE,
  );
  const format = values.format as (typeof FORMATS)[number];
  if (positionals.length > 0 || !FORMATS.includes(format)) throw new KeywardError(USAGE, 'usage');
  if (io.stdout.isTTY && !values.reveal) {
    io.stderr.write(
      'Not printing values to a terminal. Load them with eval "$(keyward env)", pipe the output, or pass --reveal.\n',
    );
    return 1;
  }
  const secrets = await keysFor(io, {
    vault: values.vault,
    names: nameList(values.only),
    environment: values.env,
    purpose: `cli env (${io.stdout.isTTY ? 'terminal, --reveal' : 'piped'})`,
  });
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify(Object.fromEntries(secrets))}\n`
      : [...secrets].map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join(''),
  );
  return 0;
}
