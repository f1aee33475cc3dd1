import { realpathSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import { findingMessage } from '../../core/fixes/presentation';
import { fileAtCommit } from '../../core/scan/history/atCommit';
import { gitProcess } from '../../core/scan/sources/git/process';
import type { FindingsModel } from '../scan/findingsModel';
import { SHORT_SHA } from './treeItems';

/** Keyward's own read-only documents of files at a commit, when the Git extension cannot show them. */
export const HISTORY_SCHEME = 'keyward-history';

/** A file as a commit recorded it. */
export interface AtCommit {
  root: string;
  sha: string;
  /** Posix path relative to `root`, at that commit. */
  file: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * Files at a commit, for history findings: Keyward's `keyward-history:` documents (read-only, as
 * every content provider's are; the text is read with `git cat-file` and never changed), and the
 * findings' diagnostics on whichever document shows them (these or the Git extension's `git:`
 * ones), while it is open. Registered at activation, so that editors restored after a reload
 * have their content.
 */
export class HistoryDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('keyward-history');
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly model: FindingsModel) {
    this.disposables = [
      this.diagnostics,
      vscode.workspace.registerTextDocumentContentProvider(HISTORY_SCHEME, this),
      vscode.workspace.onDidCloseTextDocument((document) => this.diagnostics.delete(document.uri)),
    ];
  }

  uriFor({ root, sha, file }: AtCommit): vscode.Uri {
    // The path gives the tab its name and the language its extension; the commit leads it, for the tooltip.
    return vscode.Uri.from({
      scheme: HISTORY_SCHEME,
      path: `/${sha.slice(0, SHORT_SHA)}/${file}`,
      query: JSON.stringify({ root, sha, file }),
    });
  }

  /** The repository, commit and path a history document shows: one of ours, or a `git:` one of a scanned repository. */
  locate(uri: vscode.Uri): AtCommit | undefined {
    try {
      if (uri.scheme === HISTORY_SCHEME) {
        const { root, sha, file } = JSON.parse(uri.query) as Partial<AtCommit>;
        return typeof root === 'string' && typeof sha === 'string' && typeof file === 'string'
          ? { root, sha, file }
          : undefined;
      }
      if (uri.scheme !== 'git') return undefined;
      const { path: full, ref } = JSON.parse(uri.query) as { path?: unknown; ref?: unknown };
      if (typeof full !== 'string' || typeof ref !== 'string') return undefined;
      for (const { root } of this.model.histories()) {
        const file = path.relative(root, full);
        if (file && !file.startsWith('..') && !path.isAbsolute(file))
          return { root, sha: ref, file: file.split(path.sep).join('/') };
      }
    } catch {
      // Not a query this code wrote: not a history document.
    }
    return undefined;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const at = this.locate(uri);
    // Only commits of this workspace's repositories: a link elsewhere must not run git in any folder it names.
    if (!at || !SHA.test(at.sha) || !isWorkspaceRepository(at.root))
      throw new KeywardError(vscode.l10n.t('Keyward opens files of commits in this workspace only.'), 'refused', 1);
    return fileAtCommit(gitProcess(at.root), at.sha, at.file);
  }

  /** Marks the history findings of this file at this commit in `document`. */
  showFindings(document: vscode.TextDocument, at: AtCommit): void {
    const diagnostics = (this.model.historyCommit(at.root, at.sha)?.findings ?? [])
      .filter((finding) => finding.file === at.file)
      .map((finding) => {
        const range = new vscode.Range(
          finding.line - 1,
          finding.column - 1,
          finding.endLine - 1,
          finding.endColumn - 1,
        );
        const diagnostic = new vscode.Diagnostic(
          range,
          vscode.l10n.t('{finding}. Pushed in {sha}: rotate it.', {
            finding: findingMessage(finding, vscode.l10n),
            sha: at.sha.slice(0, SHORT_SHA),
          }),
          finding.severity === 'info' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = 'Keyward';
        diagnostic.code = finding.ruleId;
        return diagnostic;
      });
    this.diagnostics.set(document.uri, diagnostics);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Whether `root` (a repository's top level, as git reports it: symbolic links resolved) is the
 * repository of a workspace folder: the folder itself, or a folder above it.
 */
export function isWorkspaceRepository(root: string): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => {
    if (folder.uri.scheme !== 'file') return false;
    const inside = path.relative(root, realPath(folder.uri.fsPath));
    return !inside.startsWith('..') && !path.isAbsolute(inside);
  });
}

/** The path with symbolic links resolved, as git reports a top level; as given when it cannot be. */
export function realPath(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}
