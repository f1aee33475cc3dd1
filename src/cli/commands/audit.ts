import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../../core/errors';
import { exportAudit, filterAudit, type AuditExportFormat } from '../../core/vault/auditExport';
import { parseFlags } from '../flags';
import type { CliIO } from '../io';
import { openVault } from './vault/context';

const USAGE = `Usage: keyward audit <verify|export> [--vault PATH]
  verify [--json]              check the audit log's MAC chain and every key record's MAC; exit 1 at the first
                               altered, deleted or reordered entry, or any key record altered outside Keyward
  export [--format csv|json] [--output FILE] [--key NAME] [--action ACTION]
                               write the log (default JSON to stdout); the export itself is audited`;

export async function audit(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'verify') return verify(rest, io);
  if (sub === 'export') return exportLog(rest, io);
  const asked = sub === '--help' || sub === '-h' || sub === 'help';
  (asked ? io.stdout : io.stderr).write(`${USAGE}\n`);
  return asked ? 0 : 2;
}

async function verify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { vault: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  if (positionals.length > 0) throw new KeywardError(USAGE, 'usage');
  const vault = await openVault(io, values.vault);
  const result = vault.verifyAudit();
  const records = vault.integrityProblems();
  vault.close();
  const recordsAltered = records.keys.length > 0 || records.versions.length > 0 || records.metadata;
  if (values.json) {
    const verified = !result.problem && !recordsAltered;
    io.stdout.write(`${JSON.stringify({ verified, ...result, records }, null, 2)}\n`);
  } else {
    if (result.problem)
      io.stdout.write(
        `Audit log TAMPERED at entry ${result.problem.seq} (${result.problem.kind}): ${result.problem.message}.\n`,
      );
    else io.stdout.write(`Audit log intact: ${result.entries} entries, every MAC verified.\n`);
    if (records.keys.length) io.stdout.write(`Key records altered outside Keyward: ${records.keys.join(', ')}.\n`);
    if (records.versions.length)
      io.stdout.write(`Older versions altered outside Keyward: ${records.versions.join(', ')}.\n`);
    if (records.metadata) io.stdout.write('Vault metadata (dates, key ids) altered outside Keyward.\n');
    if (!recordsAltered) io.stdout.write('Key records intact: every row MAC verified.\n');
  }
  return result.problem || recordsAltered ? 1 : 0;
}

async function exportLog(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      vault: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      key: { type: 'string' },
      action: { type: 'string' },
    },
    USAGE,
  );
  const format = (values.format ?? 'json') as AuditExportFormat;
  if (positionals.length > 0 || !['csv', 'json'].includes(format)) throw new KeywardError(USAGE, 'usage');
  const vault = await openVault(io, values.vault);
  try {
    const entries = filterAudit(vault.auditLog(), { keyName: values.key, action: values.action });
    const text = exportAudit(entries, format, vault.verifyAudit());
    const target = values.output ? path.resolve(io.cwd, values.output) : undefined;
    await vault.recordEvent({
      action: 'audit-export',
      detail: `${entries.length} entries as ${format} to ${target ? path.basename(target) : 'stdout'}`,
    });
    if (target) writeFileSync(target, text, { mode: 0o600 });
    else io.stdout.write(text);
    if (target) io.stderr.write(`Wrote ${entries.length} audit entries to ${target}.\n`);
    return 0;
  } finally {
    vault.close();
  }
}
