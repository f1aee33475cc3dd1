import { KeywardError } from '../../../core/errors';
import {
  DEFAULT_MASTER_REMINDER_DAYS,
  DEFAULT_ROTATION_DAYS,
  describeDue,
  describeMaster,
  rotationReport,
} from '../../../core/vault/reminders';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { openVault } from './context';

const USAGE = `Usage: keyward vault status [--json] [--fail-on-overdue] [--max-age-days N] [--vault PATH]
Lists keys due or overdue for rotation (their own period, else N days, default ${DEFAULT_ROTATION_DAYS}) and the master key's age.
With --fail-on-overdue the exit code is 1 when anything is overdue, for CI.`;

export async function status(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      vault: { type: 'string' },
      json: { type: 'boolean' },
      'fail-on-overdue': { type: 'boolean' },
      'max-age-days': { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new KeywardError(USAGE, 'usage');
  const maxAgeDays = values['max-age-days'] === undefined ? DEFAULT_ROTATION_DAYS : Number(values['max-age-days']);
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 1)
    throw new KeywardError(`--max-age-days must be a whole number of days.\n\n${USAGE}`, 'usage');
  const vault = await openVault(io, values.vault);
  const masterCreatedAt = vault.meta('master_key_created_at') ?? vault.meta('created_at') ?? new Date().toISOString();
  const report = rotationReport(
    vault.list(),
    masterCreatedAt,
    { maxAgeDays, masterReminderDays: DEFAULT_MASTER_REMINDER_DAYS },
    new Date(),
  );
  const pending = vault.pendingMasterRotation();
  vault.close();
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ ...report, masterKeyId: vault.keyId, pendingMasterRotation: pending ?? null }, null, 2)}\n`,
    );
  } else {
    if (report.keys.length === 0) io.stdout.write('No key is due for rotation.\n');
    for (const key of report.keys)
      io.stdout.write(`${key.state === 'overdue' ? 'OVERDUE' : 'due    '}  ${describeDue(key)}\n`);
    io.stdout.write(`${report.master.state === 'overdue' ? 'OVERDUE' : 'master '}  ${describeMaster(report.master)}\n`);
    if (pending)
      io.stdout.write(
        `PENDING  a master-key rotation to key id ${pending.keyId} started ${pending.startedAt} did not finish (keyward vault rotate-master)\n`,
      );
  }
  return values['fail-on-overdue'] && report.overdue ? 1 : 0;
}
