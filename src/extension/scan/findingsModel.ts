import * as vscode from 'vscode';
import { findingsCount } from '../../core/fixes/presentation';
import type { CommitProvenance, Finding } from '../../core/scan/types';

/** One group of the Findings view: a workspace folder's findings, or a repository's staged ones. */
export interface FindingsGroup {
  id: string;
  /** The folder the files' posix paths are relative to. */
  root: string;
  /** Shown instead of the folder's name (e.g. for staged changes). */
  label?: string;
  files: [file: string, findings: Finding[]][];
}

/** The findings of one commit in a history scan: the secrets it was first to add. */
export interface CommitFindings {
  commit: Omit<CommitProvenance, 'commits'>;
  /** The commit's subject line, secrets masked. */
  subject: string;
  /** Each with `commit` set and `file` the path at that commit. */
  findings: Finding[];
}

/** A repository's last Scan Git History, by commit, newest first. */
export interface HistoryGroup {
  /** The repository's top-level folder. */
  root: string;
  name: string;
  commitsScanned: number;
  commits: CommitFindings[];
}

/**
 * The findings behind the Findings view and the status bar, in groups: each workspace folder's
 * last workspace scan (its id is the folder's path), with each file replaced by its live scan when
 * an editor rescans it (fixing a leak updates the view without another workspace scan), each
 * repository's last staged scan, and each repository's last history scan, kept apart so that no
 * workspace or live scan replaces it.
 */
export class FindingsModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly groups = new Map<string, { root: string; label?: string; files: Map<string, Finding[]> }>();
  private readonly history = new Map<string, HistoryGroup>();

  /** Replaces one folder's findings with a workspace scan of it. */
  replaceFolder(root: string, findings: readonly Finding[]): void {
    this.replaceGroup(root, root, findings);
  }

  /** Replaces a group's findings (files relative to `root`), e.g. a repository's staged changes. */
  replaceGroup(id: string, root: string, findings: readonly Finding[], label?: string): void {
    const files = new Map<string, Finding[]>();
    for (const finding of findings) files.set(finding.file, [...(files.get(finding.file) ?? []), finding]);
    this.groups.set(id, { root, label, files });
    this.changed.fire();
  }

  /** Forgets the workspace scans of folders that are no longer in the workspace. */
  retainFolders(roots: readonly string[]): void {
    const keep = new Set(roots);
    const gone = [...this.groups].filter(([id, group]) => !group.label && !keep.has(id)).map(([id]) => id);
    for (const id of gone) this.groups.delete(id);
    if (gone.length > 0) this.changed.fire();
  }

  /** Updates one file of a folder after a live scan. */
  updateFile(root: string, file: string, findings: readonly Finding[]): void {
    const group = this.groups.get(root) ?? { root, files: new Map<string, Finding[]>() };
    const before = group.files.get(file) ?? [];
    if (before.length === 0 && findings.length === 0) return;
    if (findings.length === 0) group.files.delete(file);
    else group.files.set(file, [...findings]);
    this.groups.set(root, group);
    this.changed.fire();
  }

  /** Groups with findings, each with its files sorted by path. */
  entries(): FindingsGroup[] {
    return [...this.groups]
      .filter(([, group]) => group.files.size > 0)
      .map(([id, { root, label, files }]) => ({
        id,
        root,
        label,
        files: [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      }));
  }

  /** Replaces a repository's history findings with a new history scan of it. */
  replaceHistory(group: HistoryGroup): void {
    this.history.set(group.root, group);
    this.changed.fire();
  }

  /** Forgets one repository's history findings, or every repository's. */
  clearHistory(root?: string): void {
    if (root === undefined) this.history.clear();
    else this.history.delete(root);
    this.changed.fire();
  }

  /** History scans with findings, by repository path. */
  histories(): HistoryGroup[] {
    return [...this.history.values()]
      .filter((group) => group.commits.length > 0)
      .sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
  }

  /** What a history scan reported for one commit, while the view still shows it. */
  historyCommit(root: string, sha: string): CommitFindings | undefined {
    return this.history.get(root)?.commits.find((c) => c.commit.sha === sha);
  }

  /** The history finding at this place, while the view still shows it. */
  historyFinding(
    at: Pick<Finding, 'file' | 'line' | 'column'> & { root: string; sha: string },
  ): { group: HistoryGroup; commit: CommitFindings; finding: Finding } | undefined {
    const group = this.history.get(at.root);
    const commit = this.historyCommit(at.root, at.sha);
    const finding = commit?.findings.find((f) => f.file === at.file && f.line === at.line && f.column === at.column);
    return group && commit && finding && { group, commit, finding };
  }

  get count(): number {
    let total = 0;
    for (const { files } of this.groups.values()) for (const findings of files.values()) total += findings.length;
    for (const { commits } of this.history.values()) for (const { findings } of commits) total += findings.length;
    return total;
  }

  summary(): string {
    let files = 0;
    for (const group of this.groups.values()) files += group.files.size;
    for (const { commits } of this.history.values()) for (const { findings } of commits) files += findings.length;
    return findingsCount(this.count, files, vscode.l10n);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
