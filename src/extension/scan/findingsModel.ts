import * as vscode from 'vscode';
import { findingsCount } from '../../core/fixes/presentation';
import type { Finding } from '../../core/scan/types';

/**
 * The findings behind the Findings view and the status bar: the last workspace scan's, with
 * each file replaced by its live scan when an editor rescans it (fixing a leak updates the
 * view without another workspace scan). Keys are workspace-relative posix paths.
 */
export class FindingsModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly files = new Map<string, Finding[]>();
  private rootPath: string | undefined;

  get root(): string | undefined {
    return this.rootPath;
  }

  /** Replaces everything with a workspace scan of `root`. */
  replaceAll(root: string, findings: readonly Finding[]): void {
    this.rootPath = root;
    this.files.clear();
    for (const finding of findings) this.files.set(finding.file, [...(this.files.get(finding.file) ?? []), finding]);
    this.changed.fire();
  }

  /** Updates one file of the folder the model shows, after a live scan. */
  updateFile(root: string, file: string, findings: readonly Finding[]): void {
    if (this.rootPath === undefined) this.rootPath = root;
    if (root !== this.rootPath) return;
    const before = this.files.get(file) ?? [];
    if (before.length === 0 && findings.length === 0) return;
    if (findings.length === 0) this.files.delete(file);
    else this.files.set(file, [...findings]);
    this.changed.fire();
  }

  /** Files with findings, sorted by path. */
  entries(): [file: string, findings: Finding[]][] {
    return [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  get count(): number {
    let total = 0;
    for (const findings of this.files.values()) total += findings.length;
    return total;
  }

  summary(): string {
    return findingsCount(this.count, this.files.size, vscode.l10n);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
