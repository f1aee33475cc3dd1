import type { KeySummary } from '../../../core/vault/records';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { openVault } from './context';

const USAGE = 'Usage: keyward vault list [--json] [--env ENVIRONMENT] [--vault PATH]';

/** Masked values only: listing never decrypts. */
export async function list(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(
    args,
    { vault: { type: 'string' }, json: { type: 'boolean' }, env: { type: 'string' } },
    USAGE,
  );
  const vault = await openVault(io, values.vault);
  const keys = vault.list().filter((k) => !values.env || k.environment === values.env);
  vault.close();
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ keys }, null, 2)}\n`);
  } else if (keys.length === 0) {
    io.stdout.write('The vault holds no keys yet. Add one with `keyward vault add NAME`.\n');
  } else {
    io.stdout.write(table(keys));
  }
  return 0;
}

function table(keys: KeySummary[]): string {
  const rows = [
    ['NAME', 'PROVIDER', 'ENV', 'VALUE', 'VERSION', 'UPDATED', 'STATUS'],
    ...keys.map((k) => [
      k.name,
      k.provider ?? '-',
      k.environment,
      k.masked,
      String(k.version),
      k.updatedAt.slice(0, 10),
      k.altered ? `${k.status} ALTERED` : k.status,
    ]),
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  return (
    rows
      .map((row) =>
        row
          .map((cell, col) => cell.padEnd(widths[col]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
