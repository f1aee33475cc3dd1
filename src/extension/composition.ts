import * as vscode from 'vscode';
import { VaultService } from './vaultService';

/** The composition root: builds the extension's services once and ties their lifetime to the context. */
export function compose(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Keyward', { log: true });
  const vault = new VaultService(context, log);
  context.subscriptions.push(log, vault);
  void vault.openIfPresent();
}
