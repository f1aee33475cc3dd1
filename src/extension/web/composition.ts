import * as vscode from 'vscode';
import { renderRulesDoc } from '../../core/fixes/rulesDoc';
import { createScanner } from '../../core/scan/engine';
import { builtinRules } from '../../core/scan/rules/index';
import { lazy } from '../lazy';
import { KeywardCodeActions } from '../scan/codeActions';
import { LiveDiagnostics } from '../scan/liveDiagnostics';
import { ruleDocs } from '../scan/ruleDocs';
import { SettingsService } from '../settings';
import { browserDocumentReporter, BROWSER_SCHEMES } from './documentReporter';
import { refuseNodeOnlyCommands } from './nodeOnlyCommands';

/**
 * The composition root of the browser-only build (vscode.dev, github.dev): VS Code there has no
 * Node extension host, so no vault (it needs Node's file system and crypto, and the key agent a
 * local socket), no workspace scan, no git. What runs is the live scanner with the built-in
 * rules: diagnostics on the files you open and type in, with the severity, scan-on-type,
 * debounce and exclude settings, and the quick fix that ignores a finding on its line. Every
 * other command says why it is not there.
 */
export function composeForBrowser(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Keyward', { log: true });
  const settings = new SettingsService();
  // Built on the first scan, after activation has returned.
  const scanner = lazy(() => createScanner(builtinRules));
  const docs = ruleDocs(context.extensionUri, () => renderRulesDoc(builtinRules).lines);
  const report = browserDocumentReporter(scanner, settings, docs);
  const live = new LiveDiagnostics(report, settings, BROWSER_SCHEMES, [settings.onDidChange]);
  const scanned = [...BROWSER_SCHEMES].map((scheme) => ({ scheme }));
  context.subscriptions.push(
    log,
    settings,
    live,
    vscode.languages.registerCodeActionsProvider(
      scanned,
      new KeywardCodeActions(live, { moveToVault: false, baseline: false }),
      KeywardCodeActions.metadata,
    ),
    vscode.commands.registerCommand('keyward.showLog', () => log.show()),
    ...refuseNodeOnlyCommands(context, log),
  );
  // Hides the views and actions that need the vault or a workspace scan.
  void vscode.commands.executeCommand('setContext', 'keyward.browserOnly', true);
  log.info('Keyward runs without a Node extension host: the live scanner only, with the built-in rules.');
}
