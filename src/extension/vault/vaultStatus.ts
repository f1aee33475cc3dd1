import * as vscode from 'vscode';
import type { VaultService } from './vaultService';

/** Status bar item with the vault's state; clicking it does the next useful thing. */
export class VaultStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyward.vault', vscode.StatusBarAlignment.Left, 51);
  private readonly listener: vscode.Disposable;

  constructor(private readonly vaults: VaultService) {
    this.item.name = 'Keyward: vault';
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
      this.item.text = '$(lock) Vault locked';
      this.item.tooltip = "This machine does not hold the vault's master key. Click to import it.";
      this.item.command = 'keyward.importMasterKey';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      const count = this.vaults.current()?.list().length ?? 0;
      this.item.text = `$(shield) ${count} ${count === 1 ? 'key' : 'keys'}${this.vaults.readOnly ? ' (read-only)' : ''}`;
      this.item.tooltip = 'Keyward vault is open. Click to show the keys.';
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
