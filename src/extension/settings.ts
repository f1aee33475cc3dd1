import * as vscode from 'vscode';
import { readSettings, type Settings } from '../core/settings/schema';

/** Typed `keyward.*` settings, re-read when they change. */
export class SettingsService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private value = SettingsService.read();
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('keyward')) return;
    this.value = SettingsService.read();
    this.changed.fire(this.value);
  });

  get current(): Settings {
    return this.value;
  }

  private static read(): Settings {
    const config = vscode.workspace.getConfiguration('keyward');
    return readSettings((key) => config.get(key));
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
