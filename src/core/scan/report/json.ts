// Machine-readable report: `{ version, findings, summary }`. Findings carry only the
// masked value and the fingerprint, never the secret (see types.ts).
import type { SkippedFile } from '../sources/skip';
import type { Finding } from '../types';
import { sortFindings, type ScanSummary } from './summary';

export interface JsonReport {
  /** Keyward's version, so consumers can tell which rule set produced the report. */
  version: string;
  findings: Finding[];
  summary: ScanSummary;
  /** Every path left out and why (`unreadable` ones could not be read). */
  skipped: SkippedFile[];
}

export function formatJson(
  findings: readonly Finding[],
  summary: ScanSummary,
  toolVersion: string,
  skipped: readonly SkippedFile[] = [],
): string {
  const report: JsonReport = { version: toolVersion, findings: sortFindings(findings), summary, skipped: [...skipped] };
  return `${JSON.stringify(report, null, 2)}\n`;
}
