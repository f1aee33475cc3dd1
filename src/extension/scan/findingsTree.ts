import path from 'node:path';
import * as vscode from 'vscode';
import { findingRow } from '../../core/fixes/presentation';
import type { Finding } from '../../core/scan/types';
import { historyChildren, historyItem, type HistoryNode } from '../history/treeItems';
import type { FindingsGroup, FindingsModel } from './findingsModel';
import { SEVERITY_ICON } from './severityIcons';

export type FindingsNode =
  | { kind: 'folder'; group: FindingsGroup }
  | { kind: 'file'; root: string; file: string; findings: Finding[] }
  | { kind: 'finding'; root: string; finding: Finding }
  | HistoryNode;

/**
 * The Findings view: files (with their icon and count), then each finding; a click opens it
 * selected. In a multi-root workspace the files are grouped under their folder, and a staged scan
 * (Scan Staged Changes, or a commit check) shows its files under its repository. A history scan
 * (Scan Git History) shows its repository's commits, each with the secrets it added.
 */
export class FindingsTreeProvider implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: FindingsModel) {
    this.subscription = model.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!node) {
      const groups = this.model.entries();
      const histories = this.model.histories().map((group): FindingsNode => ({ kind: 'history', group }));
      if (
        (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ||
        groups.some((group) => group.label) ||
        histories.length > 0
      )
        return [...groups.map((group): FindingsNode => ({ kind: 'folder', group })), ...histories];
      return groups.flatMap((group) => fileNodes(group.root, group.files));
    }
    if (node.kind === 'folder') return fileNodes(node.group.root, node.group.files);
    if (node.kind === 'file') return node.findings.map((finding) => ({ kind: 'finding', root: node.root, finding }));
    if (node.kind === 'finding') return [];
    return historyChildren(node);
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    if (node.kind === 'history' || node.kind === 'commit' || node.kind === 'historyFinding') return historyItem(node);
    if (node.kind === 'folder') {
      const { group } = node;
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(group.root));
      const item = new vscode.TreeItem(
        group.label ?? folder?.name ?? path.basename(group.root),
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.id = `group:${group.id}`;
      const count = group.files.reduce((sum, [, findings]) => sum + findings.length, 0);
      item.description = count === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', count);
      item.iconPath = new vscode.ThemeIcon(group.label ? 'git-commit' : 'root-folder');
      item.tooltip = group.root;
      item.contextValue = group.label ? 'staged' : 'folder';
      return item;
    }
    if (node.kind === 'file') {
      const item = new vscode.TreeItem(uriOf(node.root, node.file), vscode.TreeItemCollapsibleState.Expanded);
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
    item.iconPath = SEVERITY_ICON[finding.severity];
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
      arguments: [uriOf(node.root, finding.file), { selection, preview: true }],
    };
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function fileNodes(root: string, files: [string, Finding[]][]): FindingsNode[] {
  return files.map(([file, findings]) => ({ kind: 'file', root, file, findings }));
}

function uriOf(root: string, file: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.file(root), file);
}
