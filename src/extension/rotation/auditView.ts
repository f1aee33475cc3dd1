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

export async function showAuditLog(vault: Vault, folder: vscode.Uri): Promise<void> {
  const log = vault.auditLog();
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'All Entries', id: 'all' },
      { label: 'Filter by Key…', id: 'key' },
      { label: 'Filter by Action…', id: 'action' },
      { label: 'Export as CSV…', id: 'csv' },
      { label: 'Export as JSON…', id: 'json' },
    ],
    { placeHolder: `Audit log: ${log.length} entries` },
  );
  if (!choice) return;
  if (choice.id === 'csv' || choice.id === 'json') return exportLog(vault, choice.id, folder);
  const filter: AuditFilter = {};
  if (choice.id !== 'all') {
    const values = [
      ...new Set(log.map((e) => (choice.id === 'key' ? e.keyName : e.action)).filter((v): v is string => !!v)),
    ].sort();
    const picked = await vscode.window.showQuickPick(values, { placeHolder: choice.id === 'key' ? 'Key' : 'Action' });
    if (!picked) return;
    if (choice.id === 'key') filter.keyName = picked;
    else filter.action = picked;
  }
  const verification = vault.verifyAudit();
  const status = verification.problem
    ? `**Verification FAILED at entry ${verification.problem.seq}**: ${verification.problem.message}.`
    : `Verified: ${verification.entries} entries, every MAC holds.`;
  await showDocument('audit-log', renderLog(filterAudit(log, filter), filter, status));
}

function renderLog(entries: AuditEntry[], filter: AuditFilter, status: string): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  const scope = filter.keyName ? ` for key ${filter.keyName}` : filter.action ? ` for action ${filter.action}` : '';
  return [
    `# Keyward audit log${scope}`,
    '',
    status,
    '',
    '| # | When (UTC) | Action | Key | Who | Detail |',
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
    title: 'Export Audit Log',
  });
  if (!target) return;
  const entries = vault.auditLog();
  writeFileSync(target.fsPath, exportAudit(entries, format, vault.verifyAudit()), { mode: 0o600 });
  await vault.recordEvent({ action: 'audit-export', detail: `${entries.length} entries as ${format} from VS Code` });
  void vscode.window.showInformationMessage(
    `Exported ${entries.length} audit entries to ${vscode.workspace.asRelativePath(target)}.`,
  );
}
