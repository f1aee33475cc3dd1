import { KeywardError } from '../../../core/errors';
import { checkProvider } from '../../../core/vault/providerCheck';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { readSecret } from '../../prompt';
import { openVault } from './context';

const USAGE = `Usage: keyward vault add NAME [--provider P] [--env E] [--rotation-days N] [--notes TEXT] [--force] [--vault PATH]
The value is read from stdin (piped, or typed without echo), never from the command line.`;

export async function add(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      vault: { type: 'string' },
      provider: { type: 'string' },
      env: { type: 'string' },
      'rotation-days': { type: 'string' },
      notes: { type: 'string' },
      force: { type: 'boolean' },
    },
    USAGE,
  );
  if (positionals.length !== 1) throw new KeywardError(USAGE, 'usage');
  const [name] = positionals;
  const vault = await openVault(io, values.vault);
  const value = await readSecret(io, `Value for ${name}`);

  const check = checkProvider(value, values.provider);
  if (!check.valid && !values.force) {
    vault.close();
    throw new KeywardError(`${check.message} Not stored; pass --force to store it anyway.`, 'refused', 1);
  }
  if (check.message) io.stderr.write(`${check.valid ? 'note' : 'warning'}: ${check.message}\n`);

  const rotationDays = values['rotation-days'] === undefined ? undefined : Number(values['rotation-days']);
  const key = await vault.add({
    name,
    value,
    provider: check.provider,
    environment: values.env,
    rotationDays,
    notes: values.notes,
  });
  vault.close();
  io.stdout.write(`Added ${key.name} (${key.provider ?? 'unknown provider'}, ${key.environment}): ${key.masked}\n`);
  return 0;
}
