import * as vscode from 'vscode';
import type { FindingsModel } from './findingsModel';

/**
 * A status bar item of its own for the findings count (the vault's state has the lead's item);
 * a click focuses the Findings view.
 */
export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyward.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: FindingsModel) {
    this.item.name = vscode.l10n.t('Keyward Findings');
    this.item.command = 'keyward.findings.focus';
    this.subscription = model.onDidChange(() => this.update());
    this.update();
    this.item.show();
  }

  private update(): void {
    const count = this.model.count;
    this.item.text = count === 0 ? '$(shield) 0' : `$(warning) ${count}`;
    this.item.tooltip = vscode.l10n.t('Keyward: {0}. Click to show the Findings view.', this.model.summary());
    this.item.backgroundColor = count === 0 ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
