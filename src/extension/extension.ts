import type * as vscode from 'vscode';
import type { KeywardApi } from './api';
import { compose } from './composition';

let stop: (() => Promise<void>) | undefined;

export function activate(context: vscode.ExtensionContext): KeywardApi {
  const { api, deactivate } = compose(context);
  stop = deactivate;
  return api;
}

/** VS Code awaits this before it disposes context.subscriptions (which release everything else). */
export async function deactivate(): Promise<void> {
  await stop?.();
}
