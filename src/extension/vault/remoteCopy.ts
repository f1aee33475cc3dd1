import * as vscode from 'vscode';
import type { RemoteWindow } from './remoteWindow';

export const ALLOW_REMOTE_COPY_SETTING = 'keyward.clipboard.allowInRemoteWindow';

/**
 * Says why Copy Value did nothing: the clipboard belongs to the window, and in a remote or web
 * window the value would have to travel there, which Keyward otherwise never lets happen.
 */
export async function explainRemoteCopyRefused(where: RemoteWindow): Promise<void> {
  const openSetting = vscode.l10n.t('Open Setting');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t(
      'Keyward did not copy the key: this window runs {where}, so the value would leave the machine that holds the vault. Programs get keys without that through Inject Keys into Terminals or keyward vault run. To copy anyway, turn on {setting}.',
      { where: where.shown, setting: ALLOW_REMOTE_COPY_SETTING },
    ),
    openSetting,
  );
  if (answer === openSetting)
    await vscode.commands.executeCommand('workbench.action.openSettings', ALLOW_REMOTE_COPY_SETTING);
}

/** Asks before a key's value is sent to a remote or web window's clipboard; true to go ahead. */
export async function confirmRemoteCopy(name: string, where: RemoteWindow): Promise<boolean> {
  const copy = vscode.l10n.t('Copy Anyway');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t("Copy {0} to this window's clipboard?", name),
    {
      modal: true,
      detail: vscode.l10n.t(
        "This window runs {0}: the value leaves the machine that holds the vault and travels to it over VS Code's connection. The copy is recorded in the audit log.",
        where.shown,
      ),
    },
    copy,
  );
  return answer === copy;
}
