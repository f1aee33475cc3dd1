import * as vscode from 'vscode';
import { findingsCount } from '../../core/fixes/presentation';
import type { Finding } from '../../core/scan/types';

/**
 * The findings behind the Findings view and the status bar, per workspace folder: each folder's
 * last workspace scan, with each file replaced by its live scan when an editor rescans it (fixing
 * a leak updates the view without another workspace scan). Files are keyed by their posix path
 * relative to their folder.
 */
export class FindingsModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly folders = new Map<string, Map<string, Finding[]>>();

  /** Replaces one folder's findings with a workspace scan of it. */
  replaceFolder(root: string, findings: readonly Finding[]): void {
    const files = new Map<string, Finding[]>();
    for (const finding of findings) files.set(finding.file, [...(files.get(finding.file) ?? []), finding]);
    this.folders.set(root, files);
    this.changed.fire();
  }

  /** Forgets folders that are no longer in the workspace. */
  retainFolders(roots: readonly string[]): void {
    const keep = new Set(roots);
    const gone = [...this.folders.keys()].filter((root) => !keep.has(root));
    for (const root of gone) this.folders.delete(root);
    if (gone.length > 0) this.changed.fire();
  }

  /** Updates one file of a folder after a live scan. */
  updateFile(root: string, file: string, findings: readonly Finding[]): void {
    const files = this.folders.get(root) ?? new Map<string, Finding[]>();
    const before = files.get(file) ?? [];
    if (before.length === 0 && findings.length === 0) return;
    if (findings.length === 0) files.delete(file);
    else files.set(file, [...findings]);
    this.folders.set(root, files);
    this.changed.fire();
  }

  /** Folders with findings, each with its files sorted by path. */
  entries(): [root: string, files: [file: string, findings: Finding[]][]][] {
    return [...this.folders]
      .filter(([, files]) => files.size > 0)
      .map(([root, files]) => [root, [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  }

  get count(): number {
    let total = 0;
    for (const files of this.folders.values()) for (const findings of files.values()) total += findings.length;
    return total;
  }

  summary(): string {
    let files = 0;
    for (const folder of this.folders.values()) files += folder.size;
    return findingsCount(this.count, files);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
