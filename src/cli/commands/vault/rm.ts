import { KeywardError } from '../../../core/errors';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { openVault } from './context';

const USAGE = 'Usage: keyward vault rm NAME [--vault PATH]';

export async function rm(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { vault: { type: 'string' } }, USAGE);
  if (positionals.length !== 1) throw new KeywardError(USAGE, 'usage');
  const vault = await openVault(io, values.vault);
  const { name, version } = vault.get(positionals[0]);
  await vault.remove(name);
  vault.close();
  io.stdout.write(
    `Deleted ${name} and ${version === 1 ? 'its only version' : `all ${version} versions`}; the vault keeps no copy.\n`,
  );
  return 0;
}
