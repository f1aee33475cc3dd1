import * as vscode from 'vscode';

/** A window that does not run on the machine of this extension host, so whatever reaches it travels. */
export interface RemoteWindow {
  /** Where it runs, for a message ("in a browser"). */
  readonly shown: string;
  /** The same in English, for the audit log, which is not localized. */
  readonly audited: string;
}

/**
 * Where the window is, seen from the extension host that holds the vault: code-server, Codespaces
 * in a browser and vscode.dev run it in a browser; Remote - SSH, Dev Containers and WSL on the
 * other side of VS Code's connection. Undefined for a desktop window on this machine.
 */
export function remoteWindow(
  env: Pick<typeof vscode.env, 'uiKind' | 'remoteName'> = vscode.env,
): RemoteWindow | undefined {
  if (env.uiKind === vscode.UIKind.Web) return { shown: vscode.l10n.t('in a browser'), audited: 'in a browser' };
  if (env.remoteName)
    return {
      shown: vscode.l10n.t('across a {0} connection', env.remoteName),
      audited: `across a ${env.remoteName} connection`,
    };
  return undefined;
}
