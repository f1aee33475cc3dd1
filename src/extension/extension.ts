import type * as vscode from 'vscode';
import { compose } from './composition';

export function activate(context: vscode.ExtensionContext): void {
  compose(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
