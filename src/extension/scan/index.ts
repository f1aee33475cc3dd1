import * as vscode from 'vscode';
import { registerCommand } from '../commands';
import type { SettingsService } from '../settings';
import type { VaultService } from '../vault/vaultService';
import { addToBaseline, type AddToBaselineArgs } from './addToBaseline';
import { KeywardCodeActions } from './codeActions';
import { EnvReferenceHover } from './envHover';
import { FindingsModel } from './findingsModel';
import { FindingsStatus } from './findingsStatus';
import { FindingsTreeProvider } from './findingsTree';
import { LiveDiagnostics } from './liveDiagnostics';
import { moveToVault, type MoveToVaultArgs } from './moveToVault';
import { ScanSetup } from './scanSetup';
import { runWorkspaceScan } from './scanWorkspaceCommand';

export interface ScanFeatureDeps {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  vaults: VaultService;
  settings: SettingsService;
}

/** What the scan features hand back: disposing ends them all; the tree is exposed read-only for tests. */
export interface ScanFeatures extends vscode.Disposable {
  findingsTree: FindingsTreeProvider;
}

/**
 * Everything in the editor that scans: live diagnostics, the workspace scan with its Findings
 * view and status bar item, the quick fixes and the hover on environment references.
 * Commands go into `context.subscriptions`; the returned disposable owns the rest.
 */
export function registerScanFeatures({ context, log, vaults, settings }: ScanFeatureDeps): ScanFeatures {
  const setup = new ScanSetup(settings, log);
  const model = new FindingsModel();
  const live = new LiveDiagnostics(setup, vaults, settings, model, context.extensionUri);
  const tree = new FindingsTreeProvider(model);
  const command = (id: string, handler: (...args: any[]) => unknown) => registerCommand(context, log, id, handler);
  command('keyward.scanWorkspace', () => runWorkspaceScan(setup, model, settings, log));
  command('keyward.moveToVault', (args: MoveToVaultArgs) => moveToVault(args, vaults));
  command('keyward.addToBaseline', (args: AddToBaselineArgs) => addToBaseline(args, setup));
  const everyFile = [{ scheme: 'file' }, { scheme: 'untitled' }];
  const disposable = vscode.Disposable.from(
    setup,
    model,
    live,
    tree,
    vscode.window.createTreeView('keyward.findings', { treeDataProvider: tree, showCollapseAll: true }),
    new FindingsStatus(model),
    vscode.languages.registerCodeActionsProvider(everyFile, new KeywardCodeActions(live), KeywardCodeActions.metadata),
    vscode.languages.registerHoverProvider(everyFile, new EnvReferenceHover(vaults, settings)),
  );
  return { findingsTree: tree, dispose: () => disposable.dispose() };
}
