import * as vscode from 'vscode';
import type { FindingsModel } from '../scan/findingsModel';
import type { HistoryDocuments } from './documents';
import type { HistoryFindingRef } from './findingRef';

/**
 * In a file shown at a commit, each history finding under the cursor offers Respond to
 * Compromised Key…: the only fix for a pushed secret, which no edit could make anyway.
 */
export class HistoryCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(
    private readonly model: FindingsModel,
    private readonly documents: HistoryDocuments,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const at = this.documents.locate(document.uri);
    if (!at) return [];
    return (this.model.historyCommit(at.root, at.sha)?.findings ?? [])
      .filter((finding) => finding.file === at.file)
      .filter((finding) =>
        range.intersection(
          new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1),
        ),
      )
      .map((finding) => {
        const title = vscode.l10n.t('Respond to Compromised Key…');
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        const ref: HistoryFindingRef = { ...at, line: finding.line, column: finding.column };
        action.command = { title, command: 'keyward.respondToLeak', arguments: [ref] };
        action.diagnostics = context.diagnostics.filter((d) => d.source === 'Keyward' && d.code === finding.ruleId);
        action.isPreferred = true;
        return action;
      });
  }
}
