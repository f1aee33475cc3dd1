import type { AuditEntry } from './audit';
import type { AuditProblem, AuditVerification } from './auditVerify';

export type AuditExportFormat = 'csv' | 'json';

/** The JSON export's shape. */
export interface AuditExportJson {
  verified: boolean;
  problem: AuditProblem | null;
  entries: AuditEntry[];
}

export interface AuditFilter {
  keyName?: string;
  action?: string;
}

const COLUMNS = ['seq', 'ts', 'action', 'keyName', 'actor', 'detail', 'mac'] as const;

export function filterAudit(entries: AuditEntry[], filter: AuditFilter): AuditEntry[] {
  return entries.filter(
    (e) => (!filter.keyName || e.keyName === filter.keyName) && (!filter.action || e.action === filter.action),
  );
}

/**
 * The log as a file for auditors. Entries never hold values, so nothing needs masking; the MACs
 * are kept so a copy can be compared with the vault later.
 */
export function exportAudit(entries: AuditEntry[], format: AuditExportFormat, verification: AuditVerification): string {
  if (format === 'json') {
    const document: AuditExportJson = {
      verified: !verification.problem,
      problem: verification.problem ?? null,
      entries,
    };
    return `${JSON.stringify(document, null, 2)}\n`;
  }
  const rows = entries.map((e) => COLUMNS.map((c) => csvCell(String(e[c] ?? ''))).join(','));
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
