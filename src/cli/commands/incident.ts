import path from 'node:path';
import { actorName } from '../../core/actor';
import { respondToIncident } from '../../core/incident/respond';
import { KeywardError } from '../../core/errors';
import { parseFlags } from '../flags';
import type { CliIO } from '../io';
import { openVault, resolveVaultPath } from './vault/context';
import { nextMasterKey } from './vault/rotateMaster';

const USAGE = `Usage: keyward incident [--keys A,B] [--rotate-master [--reveal]] [--title TEXT] [--vault PATH]
Marks the keys compromised, optionally rotates the master key (new key from KEYWARD_NEW_MASTER_KEY,
else printed once on stdout: to a terminal only with --reveal), and writes a Markdown report with the audit timeline and the remaining
checklist to incidents/DATE-SLUG.md next to the vault (.keyward/incidents/ by default).`;

export async function incident(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      vault: { type: 'string' },
      keys: { type: 'string' },
      'rotate-master': { type: 'boolean' },
      title: { type: 'string' },
      reveal: { type: 'boolean' },
    },
    USAGE,
  );
  const keys =
    values.keys
      ?.split(',')
      .map((k) => k.trim())
      .filter(Boolean) ?? [];
  if (positionals.length > 0 || (keys.length === 0 && !values['rotate-master'])) throw new KeywardError(USAGE, 'usage');
  const vault = await openVault(io, values.vault);
  try {
    const result = await respondToIncident(vault, {
      keys,
      folder: path.join(path.dirname(resolveVaultPath(io, values.vault)), 'incidents'),
      actor: actorName('keyward-cli'),
      newMasterKey: values['rotate-master'] ? nextMasterKey(io, values.reveal === true) : undefined,
      title: values.title,
    });
    for (const action of result.actions) io.stderr.write(`- ${action}\n`);
    io.stderr.write(`Report: ${path.relative(io.cwd, result.reportPath)}\n`);
    if (keys.length)
      io.stderr.write(
        `Next: rotate each key (keyward vault rotate NAME), revoke the old values at the providers, then work through the report's checklist.\n`,
      );
    return 0;
  } finally {
    vault.close();
  }
}
