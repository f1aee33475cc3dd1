// Counts and ordering shared by every report format, so text, JSON and SARIF agree.
import type { Finding, Severity } from '../types';

/** What the scan itself measured; the report adds the finding counts. */
export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  durationMs: number;
  /** Findings accepted by the baseline and therefore not reported. */
  suppressed: number;
  /** Files left out (binary, lock file, too large, ...), the unreadable included. */
  skipped: number;
  /** Of the skipped, files and folders that could not be read: never a deliberate choice. */
  unreadable: number;
  /** Set by a history scan, whose files are file changes (one file in one commit). */
  commitsScanned?: number;
}

export interface ScanSummary extends ScanStats {
  findings: number;
  filesWithFindings: number;
  bySeverity: Record<Severity, number>;
}

export function summarize(findings: readonly Finding[], stats: ScanStats): ScanSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity] += 1;
  return {
    findings: findings.length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    bySeverity,
    ...stats,
  };
}

/** Info-level findings (e.g. a token whose checksum fails) are shown but never fail a scan. */
export function failsScan(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity !== 'info');
}

/** By file, then position: the order a reader walks a project in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
