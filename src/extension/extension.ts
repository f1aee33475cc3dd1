import type * as vscode from 'vscode';
import type { KeywardApi } from './api';
import { compose } from './composition';

export function activate(context: vscode.ExtensionContext): KeywardApi {
  return compose(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
