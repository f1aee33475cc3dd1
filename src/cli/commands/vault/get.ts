import { KeywardError } from '../../../core/errors';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { openVault } from './context';

const USAGE = 'Usage: keyward vault get NAME [--reveal] [--vault PATH]';

/**
 * Prints a plaintext value for a pipe (`keyward vault get X | pbcopy`). At a terminal, where the
 * value would sit in scrollback, it takes `--reveal`. Every reveal is audited.
 */
export async function get(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { vault: { type: 'string' }, reveal: { type: 'boolean' } }, USAGE);
  if (positionals.length !== 1) throw new KeywardError(USAGE, 'usage');
  const [name] = positionals;
  const vault = await openVault(io, values.vault);
  const toTerminal = io.stdout.isTTY === true;
  if (toTerminal && !values.reveal) {
    io.stderr.write(
      `${name}: ${vault.get(name).masked}\nNot printing the value to a terminal; pass --reveal, or pipe the output.\n`,
    );
    vault.close();
    return 1;
  }
  const value = await vault.reveal(name, toTerminal ? 'cli get --reveal' : 'cli get (piped)');
  vault.close();
  io.stdout.write(toTerminal ? `${value}\n` : value);
  return 0;
}
