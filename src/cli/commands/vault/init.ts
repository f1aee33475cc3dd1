import { Vault } from '../../../core/vault/vault';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { vaultOptions } from './context';

const USAGE = 'Usage: keyward vault init [--vault PATH]';

export async function init(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { vault: { type: 'string' } }, USAGE);
  const options = await vaultOptions(io, values.vault);
  const vault = await Vault.create(options);
  io.stdout.write(`Created vault ${options.path} (master key id ${vault.keyId}).\n`);
  io.stdout.write('Keep the master key somewhere safe: without it the vault cannot be opened.\n');
  vault.close();
  return 0;
}
