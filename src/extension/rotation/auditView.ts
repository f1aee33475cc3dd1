import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { AuditEntry } from '../../core/vault/audit';
import { exportAudit, filterAudit, type AuditExportFormat, type AuditFilter } from '../../core/vault/auditExport';
import type { Vault } from '../../core/vault/vault';

const SCHEME = 'keyward-audit';
const pages = new Map<string, string>();
let provider: vscode.Disposable | undefined;

/** A read-only virtual document: the log can be read and searched but never edited in place. */
function showDocument(title: string, markdown: string): Thenable<unknown> {
  provider ??= vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
    provideTextDocumentContent: (uri) => pages.get(uri.path) ?? '',
  });
  const path = `/${title.replace(/[^\w.-]+/g, '-')}-${Date.now()}.md`;
  pages.set(path, markdown);
  return vscode.window.showTextDocument(vscode.Uri.from({ scheme: SCHEME, path }), { preview: true });
}

/** Shows the log; `canExport` is false in Restricted Mode, where an export (which is audited) is not offered. */
export async function showAuditLog(vault: Vault, folder: vscode.Uri, canExport: boolean): Promise<void> {
  const log = vault.auditLog();
  const exports = [
    { label: vscode.l10n.t('Export as CSV…'), id: 'csv' },
    { label: vscode.l10n.t('Export as JSON…'), id: 'json' },
  ];
  const choice = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('All Entries'), id: 'all' },
      { label: vscode.l10n.t('Filter by Key…'), id: 'key' },
      { label: vscode.l10n.t('Filter by Action…'), id: 'action' },
      ...(canExport ? exports : []),
    ],
    { placeHolder: vscode.l10n.t('Audit log: {0} entries', log.length) },
  );
  if (!choice) return;
  if (choice.id === 'csv' || choice.id === 'json') return exportLog(vault, choice.id, folder);
  const filter: AuditFilter = {};
  if (choice.id !== 'all') {
    const values = [
      ...new Set(log.map((e) => (choice.id === 'key' ? e.keyName : e.action)).filter((v): v is string => !!v)),
    ].sort();
    const picked = await vscode.window.showQuickPick(values, {
      placeHolder: choice.id === 'key' ? vscode.l10n.t('Key') : vscode.l10n.t('Action'),
    });
    if (!picked) return;
    if (choice.id === 'key') filter.keyName = picked;
    else filter.action = picked;
  }
  const verification = vault.verifyAudit();
  // The problem's description comes from the core, in English.
  const status = verification.problem
    ? vscode.l10n.t('**Verification FAILED at entry {seq}**: {message}.', {
        seq: verification.problem.seq,
        message: verification.problem.message,
      })
    : vscode.l10n.t('Verified: {0} entries, every MAC holds.', verification.entries);
  await showDocument('audit-log', renderLog(filterAudit(log, filter), filter, status));
}

function renderLog(entries: AuditEntry[], filter: AuditFilter, status: string): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  const title = filter.keyName
    ? vscode.l10n.t('Keyward audit log for key {0}', filter.keyName)
    : filter.action
      ? vscode.l10n.t('Keyward audit log for action {0}', filter.action)
      : vscode.l10n.t('Keyward audit log');
  const columns = [
    '#',
    vscode.l10n.t('When (UTC)'),
    vscode.l10n.t('Action'),
    vscode.l10n.t('Key'),
    vscode.l10n.t('Who'),
    vscode.l10n.t('Detail'),
  ];
  return [
    `# ${title}`,
    '',
    status,
    '',
    `| ${columns.join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...entries.map(
      (e) => `| ${e.seq} | ${e.ts} | ${e.action} | ${e.keyName ?? ''} | ${cell(e.actor)} | ${cell(e.detail)} |`,
    ),
    '',
  ].join('\n');
}

async function exportLog(vault: Vault, format: AuditExportFormat, folder: vscode.Uri): Promise<void> {
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, `keyward-audit.${format}`),
    filters: { [format.toUpperCase()]: [format] },
    title: vscode.l10n.t('Export Audit Log'),
  });
  if (!target) return;
  const entries = vault.auditLog();
  writeFileSync(target.fsPath, exportAudit(entries, format, vault.verifyAudit()), { mode: 0o600 });
  // eslint-disable-next-line no-restricted-syntax -- the audit log is a record: its details stay English
  await vault.recordEvent({ action: 'audit-export', detail: `${entries.length} entries as ${format} from VS Code` });
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {count} audit entries to {file}.', {
      count: entries.length,
      file: vscode.workspace.asRelativePath(target),
    }),
  );
}
