import * as vscode from 'vscode';

/**
 * Every contributed command the browser build does not implement answers, instead of VS Code's
 * "command not found": it names what is missing. Most are hidden from the palette and menus (by
 * their vault-state `when` clauses or `keyward.browserOnly`), but keybindings, tasks and other
 * extensions can still call them.
 */
export function refuseNodeOnlyCommands(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
): vscode.Disposable[] {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  return (manifest.contributes?.commands ?? [])
    .filter(({ command }) => command !== 'keyward.showLog')
    .map(({ command }) =>
      vscode.commands.registerCommand(command, () => {
        log.info(`${command} is not available without a Node extension host.`);
        void vscode.window.showInformationMessage(
          vscode.l10n.t(
            'In VS Code in the browser without a remote, Keyward only scans the files you open. The vault, workspace and history scans, Source Control checks and keys for programs need VS Code with a Node extension host: the desktop app, a remote window, Codespaces or code-server.',
          ),
        );
      }),
    );
}
