import * as vscode from 'vscode';
import type { Vaults } from './vaults';

/** Status bar item with the vaults' state; clicking it does the next useful thing. */
export class VaultStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyward.vault', vscode.StatusBarAlignment.Left, 51);
  private readonly listener: vscode.Disposable;

  constructor(private readonly vaults: Vaults) {
    this.item.name = vscode.l10n.t('Keyward: vault');
    this.listener = vaults.onDidChange(() => this.update());
    this.update();
  }

  private update(): void {
    const vaults = this.vaults.all();
    const locked = vaults.filter((vault) => vault.state === 'locked');
    const open = vaults.filter((vault) => vault.state === 'open');
    if (locked.length === 0 && open.length === 0) {
      this.item.hide();
      return;
    }
    if (locked.length > 0) {
      this.item.text =
        locked.length === 1 && vaults.length === 1
          ? `$(lock) ${vscode.l10n.t('Vault locked')}`
          : `$(lock) ${vscode.l10n.t('{0} of {1} vaults locked', locked.length, vaults.length)}`;
      this.item.tooltip = vscode.l10n.t("This machine does not hold a vault's master key. Click to import it.");
      this.item.command = 'keyward.importMasterKey';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      const count = open.reduce((sum, vault) => sum + (vault.current()?.list().length ?? 0), 0);
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
