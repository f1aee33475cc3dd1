import * as vscode from 'vscode';
import type { Finding } from '../../core/scan/types';
import type { CommitFindings, HistoryGroup } from '../scan/findingsModel';
import { SEVERITY_ICON } from '../scan/severityIcons';
import type { HistoryFindingRef } from './findingRef';

/** The Findings view's nodes for a history scan: the repository, its commits, their findings. */
export type HistoryNode =
  | { kind: 'history'; group: HistoryGroup }
  | { kind: 'commit'; root: string; entry: CommitFindings }
  | { kind: 'historyFinding'; root: string; sha: string; finding: Finding };

export const SHORT_SHA = 7;

export function historyChildren(node: HistoryNode): HistoryNode[] {
  if (node.kind === 'history')
    return node.group.commits.map((entry) => ({ kind: 'commit', root: node.group.root, entry }));
  if (node.kind === 'commit')
    return node.entry.findings.map((finding) => ({
      kind: 'historyFinding',
      root: node.root,
      sha: node.entry.commit.sha,
      finding,
    }));
  return [];
}

export function historyItem(node: HistoryNode): vscode.TreeItem {
  if (node.kind === 'history') return repositoryItem(node.group);
  if (node.kind === 'commit') return commitItem(node.root, node.entry);
  return findingItem(node);
}

function repositoryItem(group: HistoryGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(
    vscode.l10n.t('Git history of {0}', group.name),
    vscode.TreeItemCollapsibleState.Expanded,
  );
  item.id = `history:${group.root}`;
  const count = group.commits.reduce((sum, { findings }) => sum + findings.length, 0);
  item.description = count === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', count);
  item.tooltip = vscode.l10n.t(
    '{root}: {count} commits scanned. A secret stays in the history after its line is deleted.',
    {
      root: group.root,
      count: group.commitsScanned,
    },
  );
  item.iconPath = new vscode.ThemeIcon('history');
  item.contextValue = 'history';
  return item;
}

function commitItem(root: string, { commit, subject, findings }: CommitFindings): vscode.TreeItem {
  const short = commit.sha.slice(0, SHORT_SHA);
  const item = new vscode.TreeItem(`${short} ${subject}`, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `history:${root}:${commit.sha}`;
  item.description = vscode.l10n.t('{author}, {date}', { author: commit.author, date: commit.date.slice(0, 10) });
  item.tooltip = [
    vscode.l10n.t('Commit {0}', commit.sha),
    vscode.l10n.t('Author: {author} <{email}>', { author: commit.author, email: commit.email }),
    vscode.l10n.t('Date: {0}', commit.date),
    '',
    subject,
    '',
    findings.length === 1 ? vscode.l10n.t('Added 1 secret.') : vscode.l10n.t('Added {0} secrets.', findings.length),
  ].join('\n');
  item.iconPath = new vscode.ThemeIcon('git-commit');
  item.contextValue = 'historyCommit';
  return item;
}

function findingItem({ root, sha, finding }: Extract<HistoryNode, { kind: 'historyFinding' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(finding.message, vscode.TreeItemCollapsibleState.None);
  const carried = finding.commit?.commits ?? 1;
  const where = { file: finding.file, line: finding.line, masked: finding.masked };
  item.description =
    carried > 1
      ? vscode.l10n.t('{file}:{line} · {masked} · added in {count} commits', { ...where, count: carried })
      : vscode.l10n.t('{file}:{line} · {masked}', where);
  // Rule id and provider are identifiers; the rest is the rule's own message and Keyward's advice.
  item.tooltip = [
    `${finding.ruleId} · ${finding.provider}`,
    finding.message,
    vscode.l10n.t('{file}:{line} at {sha}', { file: finding.file, line: finding.line, sha: sha.slice(0, SHORT_SHA) }),
    '',
    vscode.l10n.t('Pushed secrets stay in every clone: rotate it (Respond to Compromised Key…).'),
  ].join('\n');
  item.iconPath = SEVERITY_ICON[finding.severity];
  item.contextValue = `historyFinding.${finding.category}`;
  const ref: HistoryFindingRef = { root, sha, file: finding.file, line: finding.line, column: finding.column };
  item.command = {
    title: vscode.l10n.t('Open File at Commit'),
    command: 'keyward.openHistoryFinding',
    arguments: [ref],
  };
  return item;
}
