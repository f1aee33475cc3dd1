import * as vscode from 'vscode';
import { supportsEnvReplacement } from '../../core/fixes/envReference';
import { planIgnoreComment } from '../../core/fixes/ignoreEdit';
import { DIAGNOSTIC_SOURCE, ruleIdOf, type ReportedItem } from './diagnostics';
import type { LiveDiagnostics } from './liveDiagnostics';
import type { AddToBaselineArgs, MoveToVaultArgs } from './commandArgs';

/** Which quick fixes need more than the document: the vault, or a baseline file on disk. */
export interface OfferedFixes {
  moveToVault: boolean;
  baseline: boolean;
}

/**
 * Quick fixes for Keyward's own diagnostics: move a secret to the vault (preferred: it is the
 * real fix), ignore it on its line, or accept it in the baseline. Copies of vault keys offer
 * the replacement only: the value is known to be live, so it is never silenced here. The browser
 * build, which has neither vault nor disk, offers the ignore comment alone.
 */
export class KeywardCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(
    private readonly live: LiveDiagnostics,
    private readonly offered: OfferedFixes,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const items = this.live.itemsFor(document.uri);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      // Diagnostics reach providers as copies: match ours by rule id and range.
      const item = items.find(
        (i) => ruleIdOf(i.diagnostic) === ruleIdOf(diagnostic) && i.diagnostic.range.isEqual(diagnostic.range),
      );
      if (item) actions.push(...this.actionsFor(document, diagnostic, item));
    }
    return actions;
  }

  private actionsFor(
    document: vscode.TextDocument,
    diagnostic: vscode.Diagnostic,
    item: ReportedItem,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const { finding } = item;
    const isSecret = item.keyName !== undefined || finding?.category === 'secret';
    if (this.offered.moveToVault && isSecret && supportsEnvReplacement(document.languageId)) {
      const title = item.keyName
        ? vscode.l10n.t('Replace with Environment Reference to {0}', item.keyName)
        : vscode.l10n.t('Move to Vault and Replace with Environment Reference');
      const args: MoveToVaultArgs = {
        uri: document.uri.toString(),
        range: serialise(diagnostic.range),
        provider: finding?.provider,
        keyName: item.keyName,
      };
      actions.push(action(title, diagnostic, true, { title, command: 'keyward.moveToVault', arguments: [args] }));
    }
    if (!finding) return actions;
    const text = document.getText();
    const edit = planIgnoreComment(
      text,
      document.offsetAt(diagnostic.range.start),
      document.offsetAt(diagnostic.range.end),
      document.languageId,
      finding.ruleId,
    );
    if (edit) {
      const ignore = action(vscode.l10n.t('Ignore on This Line'), diagnostic, false);
      ignore.edit = new vscode.WorkspaceEdit();
      ignore.edit.replace(
        document.uri,
        new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)),
        edit.newText,
      );
      actions.push(ignore);
    }
    if (this.offered.baseline && document.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(document.uri)) {
      const args: AddToBaselineArgs = {
        uri: document.uri.toString(),
        fingerprint: finding.fingerprint,
        ruleId: finding.ruleId,
        line: finding.line,
      };
      const title = vscode.l10n.t('Add to Baseline');
      actions.push(action(title, diagnostic, false, { title, command: 'keyward.addToBaseline', arguments: [args] }));
    }
    return actions;
  }
}

function action(
  title: string,
  diagnostic: vscode.Diagnostic,
  preferred: boolean,
  command?: vscode.Command,
): vscode.CodeAction {
  const result = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  result.diagnostics = [diagnostic];
  result.isPreferred = preferred;
  result.command = command;
  return result;
}

/** Command arguments stay plain JSON: they cross into the workbench and back. */
function serialise(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}
