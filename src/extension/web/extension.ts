import type * as vscode from 'vscode';
import { composeForBrowser } from './composition';

/** The entry VS Code runs when it has no Node extension host: vscode.dev, github.dev. */
export function activate(context: vscode.ExtensionContext): void {
  composeForBrowser(context);
}
