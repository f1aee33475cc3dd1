import * as vscode from 'vscode';
import { readSettings, type Settings } from '../core/settings/schema';

/**
 * Typed `keyward.*` settings, re-read when they change: `current` for the window, `forFolder`
 * for a workspace folder, where resource-scoped settings (vault path, excludes, severities,
 * rotation age) may differ per folder in a multi-root workspace.
 */
export class SettingsService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private value = SettingsService.read();
  private readonly folders = new Map<string, Settings>();
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('keyward')) return;
    this.value = SettingsService.read();
    this.folders.clear();
    this.changed.fire(this.value);
  });

  get current(): Settings {
    return this.value;
  }

  forFolder(folder: vscode.WorkspaceFolder | undefined): Settings {
    if (!folder) return this.value;
    const key = folder.uri.toString();
    let settings = this.folders.get(key);
    if (!settings) {
      settings = SettingsService.read(folder.uri);
      this.folders.set(key, settings);
    }
    return settings;
  }

  private static read(scope?: vscode.Uri): Settings {
    const config = vscode.workspace.getConfiguration('keyward', scope);
    return readSettings((key) => config.get(key));
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
