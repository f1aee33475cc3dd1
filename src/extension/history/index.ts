import * as vscode from 'vscode';
import { registerLazyCommands } from '../commands';
import type { Features } from '../featuresBundle';
import type { FindingsModel } from '../scan/findingsModel';
import type { ScanSetup } from '../scan/scanSetup';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { HistoryCodeActions } from './codeActions';
import { HISTORY_COMMANDS } from './commandIds';
import { HISTORY_SCHEME, HistoryDocuments, isWorkspaceRepository } from './documents';

export interface HistoryDeps {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  settings: SettingsService;
  vaults: Vaults;
  setup: ScanSetup;
  model: FindingsModel;
  features: () => Pick<Features, 'historyCommands'>;
}

/**
 * Scan Git History: its commands (loaded on first use), the documents that show files at a
 * commit, the Respond to Compromised Key… action in them, `keyward.hasHistoryFindings` for the
 * Findings view's Clear action, and forgetting the history of a repository whose folder is removed.
 */
export function registerHistoryFeatures({ context, log, settings, vaults, setup, model, features }: HistoryDeps): void {
  const documents = new HistoryDocuments(model);
  registerLazyCommands(context, log, HISTORY_COMMANDS, () =>
    features().historyCommands({ log, settings, setup, model, vaults, documents }),
  );
  const updateContext = () =>
    void vscode.commands.executeCommand('setContext', 'keyward.hasHistoryFindings', model.histories().length > 0);
  context.subscriptions.push(
    documents,
    model.onDidChange(updateContext),
    // A repository that no folder of the workspace is in any more takes its history findings along.
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      for (const { root } of model.histories()) if (!isWorkspaceRepository(root)) model.clearHistory(root);
    }),
    vscode.languages.registerCodeActionsProvider(
      [{ scheme: HISTORY_SCHEME }, { scheme: 'git' }],
      new HistoryCodeActions(model, documents),
      HistoryCodeActions.metadata,
    ),
  );
}
