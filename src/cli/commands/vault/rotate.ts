import { KeywardError } from '../../../core/errors';
import { checkProvider } from '../../../core/vault/providerCheck';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { readSecret } from '../../prompt';
import { openVault } from './context';

const ROTATE_USAGE = `Usage: keyward vault rotate NAME [--force] [--vault PATH]
The new value is read from stdin (piped, or typed without echo); the old one is kept as an encrypted version.`;
const REVERT_USAGE = 'Usage: keyward vault revert NAME [--vault PATH]';

/** Replaces a key's value, checked against the provider the key was stored with. */
export async function rotate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { vault: { type: 'string' }, force: { type: 'boolean' } },
    ROTATE_USAGE,
  );
  if (positionals.length !== 1) throw new KeywardError(ROTATE_USAGE, 'usage');
  const vault = await openVault(io, values.vault);
  try {
    const current = vault.get(positionals[0]);
    const value = await readSecret(io, `New value for ${current.name}`);
    const check = checkProvider(value, current.provider ?? undefined);
    if (!check.valid && !values.force) {
      throw new KeywardError(`${check.message} Not rotated; pass --force to store it anyway.`, 'refused', 1);
    }
    if (check.message && !check.valid) io.stderr.write(`warning: ${check.message}\n`);
    const key = await vault.rotate(current.name, value);
    io.stdout.write(
      `Rotated ${key.name} to version ${key.version}: ${key.masked}. Revoke the old value at the provider.\n`,
    );
    return 0;
  } finally {
    vault.close();
  }
}

/** Makes the previous value current again, as a new version. */
export async function revert(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { vault: { type: 'string' } }, REVERT_USAGE);
  if (positionals.length !== 1) throw new KeywardError(REVERT_USAGE, 'usage');
  const vault = await openVault(io, values.vault);
  try {
    const key = await vault.revert(positionals[0]);
    io.stdout.write(`${key.name} is back to ${key.masked} (now version ${key.version}).\n`);
    return 0;
  } finally {
    vault.close();
  }
}
