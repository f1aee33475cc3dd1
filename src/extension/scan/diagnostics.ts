import * as vscode from 'vscode';
import { findingMessage, vaultCopyMessage } from '../../core/fixes/presentation';
import { VAULT_COPY_RULE_ID } from '../../core/fixes/rulesDoc';
import type { Finding } from '../../core/scan/types';
import type { Settings } from '../../core/settings/schema';
import type { KeySummary } from '../../core/vault/records';
import type { DocumentScan } from './documentScan';
import type { RuleDocs } from './ruleDocs';

export const DIAGNOSTIC_SOURCE = 'Keyward';

const LEVEL = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
} as const;

/** A diagnostic and what it reports, so quick fixes can find the finding behind it. */
export interface ReportedItem {
  diagnostic: vscode.Diagnostic;
  finding?: Finding;
  /** The vault key whose value is hard-coded here. */
  keyName?: string;
}

/**
 * Diagnostics for a document scan. A vault copy wins over a rule finding on the same span: it
 * names the key, and its fix needs no new vault entry. Severities come from the settings by
 * category ('off' drops them); findings whose format check failed stay at Information at most.
 */
export function toDiagnostics(
  document: vscode.TextDocument,
  scan: DocumentScan,
  settings: Settings,
  keys: readonly KeySummary[],
  docs: RuleDocs,
): ReportedItem[] {
  const items: ReportedItem[] = [];
  const byName = new Map(keys.map((k) => [k.name, k]));
  const copyRanges: vscode.Range[] = [];
  for (const copy of scan.copies) {
    const range = new vscode.Range(document.positionAt(copy.start), document.positionAt(copy.end));
    copyRanges.push(range);
    const key = byName.get(copy.keyName) ?? { name: copy.keyName, masked: '********' };
    const diagnostic = new vscode.Diagnostic(
      range,
      vaultCopyMessage(key, vscode.l10n),
      vscode.DiagnosticSeverity.Error,
    );
    items.push({ diagnostic: decorate(diagnostic, VAULT_COPY_RULE_ID, docs), keyName: copy.keyName });
  }
  for (const finding of scan.findings) {
    const severity = severityOf(finding, settings);
    if (severity === undefined) continue;
    const range = new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
    if (copyRanges.some((r) => r.intersection(range) !== undefined)) continue;
    const diagnostic = new vscode.Diagnostic(range, findingMessage(finding, vscode.l10n), severity);
    items.push({ diagnostic: decorate(diagnostic, finding.ruleId, docs), finding });
  }
  return items;
}

function severityOf(finding: Finding, settings: Settings): vscode.DiagnosticSeverity | undefined {
  const setting = settings[finding.category === 'insecure-pattern' ? 'severity.insecurePattern' : 'severity.secret'];
  if (setting === 'off') return undefined;
  return finding.severity === 'info' ? Math.max(LEVEL[setting], LEVEL.information) : LEVEL[setting];
}

function decorate(diagnostic: vscode.Diagnostic, ruleId: string, docs: RuleDocs): vscode.Diagnostic {
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const target = docs.link(ruleId);
  diagnostic.code = target ? { value: ruleId, target } : ruleId;
  return diagnostic;
}

/** The rule id of a Keyward diagnostic (its `code`, plain or with a link). */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}
