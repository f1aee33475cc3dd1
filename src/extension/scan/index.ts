import * as vscode from 'vscode';
import { registerLazyCommands } from '../commands';
import type { Features } from '../featuresBundle';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { KeywardCodeActions } from './codeActions';
import { SCAN_COMMANDS } from './commandIds';
import { EnvReferenceHover } from './envHover';
import { FindingsModel } from './findingsModel';
import { FindingsStatus } from './findingsStatus';
import { FindingsTreeProvider } from './findingsTree';
import { workspaceDocumentReporter } from './documentReporter';
import { SCANNED_SCHEMES } from './documentScan';
import { LiveDiagnostics } from './liveDiagnostics';
import { ruleDocsFromFile } from './ruleDocsFile';
import { ScanSetup } from './scanSetup';

export interface ScanFeatureDeps {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  vaults: Vaults;
  settings: SettingsService;
  /** The features bundle, loaded on first use: the scan engine and the commands' implementations. */
  features: () => Features;
}

/**
 * What the scan features hand back: disposing ends them all; the tree is exposed read-only for
 * tests, the model for Source Control and Scan Git History, which add their findings to the same
 * view, and the per-folder setup for Scan Git History, which scans with it.
 */
export interface ScanFeatures extends vscode.Disposable {
  findingsTree: FindingsTreeProvider;
  model: FindingsModel;
  setup: ScanSetup;
}

/**
 * Everything in the editor that scans: live diagnostics, the workspace scan with its Findings
 * view and status bar item, the quick fixes and the hover on environment references.
 * Commands go into `context.subscriptions` (their modules load on first use); the returned
 * disposable owns the rest. Nothing here loads the rules until the first document scan.
 */
export function registerScanFeatures({ context, log, vaults, settings, features }: ScanFeatureDeps): ScanFeatures {
  const setup = new ScanSetup(settings, log, features);
  const model = new FindingsModel();
  const report = workspaceDocumentReporter(setup, vaults, settings, model, ruleDocsFromFile(context.extensionUri));
  const live = new LiveDiagnostics(report, settings, SCANNED_SCHEMES, [setup.onDidChange, vaults.onDidChange]);
  const tree = new FindingsTreeProvider(model);
  const deps = { log, vaults, settings, setup, model };
  registerLazyCommands(context, log, SCAN_COMMANDS, () => features().scanCommands(deps));
  const everyFile = [{ scheme: 'file' }, { scheme: 'untitled' }];
  const disposable = vscode.Disposable.from(
    setup,
    model,
    live,
    tree,
    vscode.window.createTreeView('keyward.findings', { treeDataProvider: tree, showCollapseAll: true }),
    new FindingsStatus(model),
    vscode.languages.registerCodeActionsProvider(
      everyFile,
      new KeywardCodeActions(live, { moveToVault: true, baseline: true }),
      KeywardCodeActions.metadata,
    ),
    vscode.languages.registerHoverProvider(everyFile, new EnvReferenceHover(vaults, settings)),
  );
  return { findingsTree: tree, model, setup, dispose: () => void disposable.dispose() };
}
