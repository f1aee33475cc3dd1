import * as vscode from 'vscode';
import type { VaultService } from './vaultService';

/** Status bar item with the vault's state; clicking it does the next useful thing. */
export class VaultStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyward.vault', vscode.StatusBarAlignment.Left, 51);
  private readonly listener: vscode.Disposable;

  constructor(private readonly vaults: VaultService) {
    this.item.name = vscode.l10n.t('Keyward: vault');
    this.listener = vaults.onDidChange(() => this.update());
    this.update();
  }

  private update(): void {
    const state = this.vaults.state;
    if (state === 'none') {
      this.item.hide();
      return;
    }
    if (state === 'locked') {
      this.item.text = `$(lock) ${vscode.l10n.t('Vault locked')}`;
      this.item.tooltip = vscode.l10n.t("This machine does not hold the vault's master key. Click to import it.");
      this.item.command = 'keyward.importMasterKey';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      const count = this.vaults.current()?.list().length ?? 0;
      // eslint-disable-next-line no-restricted-syntax -- keyCount translates; the icon is not text
      this.item.text = `$(shield) ${keyCount(count, this.vaults.readOnly)}`;
      this.item.tooltip = vscode.l10n.t('Keyward vault is open. Click to show the keys.');
      this.item.command = 'keyward.keys.focus';
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}

function keyCount(count: number, readOnly: boolean): string {
  if (readOnly) return count === 1 ? vscode.l10n.t('1 key (read-only)') : vscode.l10n.t('{0} keys (read-only)', count);
  return count === 1 ? vscode.l10n.t('1 key') : vscode.l10n.t('{0} keys', count);
}
