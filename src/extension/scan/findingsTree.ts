import path from 'node:path';
import * as vscode from 'vscode';
import { findingRow } from '../../core/fixes/presentation';
import type { Finding } from '../../core/scan/types';
import type { FindingsModel } from './findingsModel';

export type FindingsNode = { kind: 'file'; file: string; findings: Finding[] } | { kind: 'finding'; finding: Finding };

const ICON: Record<Finding['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};

/** The Findings view: files (with their icon and count), then each finding; a click opens it selected. */
export class FindingsTreeProvider implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: FindingsModel) {
    this.subscription = model.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!node) return this.model.entries().map(([file, findings]) => ({ kind: 'file', file, findings }));
    if (node.kind === 'file') return node.findings.map((finding) => ({ kind: 'finding', finding }));
    return [];
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    if (node.kind === 'file') {
      const item = new vscode.TreeItem(this.uriOf(node.file), vscode.TreeItemCollapsibleState.Expanded);
      const folder = path.posix.dirname(node.file);
      item.description =
        folder === '.'
          ? String(node.findings.length)
          : vscode.l10n.t('{folder} · {count}', { folder, count: node.findings.length });
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'file';
      return item;
    }
    const { finding } = node;
    const row = findingRow(finding, vscode.l10n);
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.description = row.description;
    // Rule id and provider are identifiers; the label is the rule's own message.
    // eslint-disable-next-line no-restricted-syntax -- nothing here is Keyward's own prose
    item.tooltip = `${finding.ruleId} · ${finding.provider}\n${row.label}\n${row.description}`;
    item.iconPath = ICON[finding.severity];
    item.contextValue = `finding.${finding.category}`;
    const selection = new vscode.Range(
      finding.line - 1,
      finding.column - 1,
      finding.endLine - 1,
      finding.endColumn - 1,
    );
    item.command = {
      title: vscode.l10n.t('Open Finding'),
      command: 'vscode.open',
      arguments: [this.uriOf(finding.file), { selection, preview: true }],
    };
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  private uriOf(file: string): vscode.Uri {
    const root = this.model.root;
    return root ? vscode.Uri.joinPath(vscode.Uri.file(root), file) : vscode.Uri.file(file);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
