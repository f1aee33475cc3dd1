import * as vscode from 'vscode';
import { readSettings, type SettingKey, type Settings } from '../core/settings/schema';

/** Which `keyward.*` settings a configuration change touched, and for which workspace folders. */
export interface SettingsChange {
  /** Whether `keyward.<key>` changed as it applies to `folder` (for the window when no folder is given). */
  affects(key: SettingKey, folder?: vscode.WorkspaceFolder): boolean;
  /** The workspace folders for which at least one `keyward.*` setting changed. */
  readonly folders: readonly vscode.WorkspaceFolder[];
}

/**
 * Typed `keyward.*` settings. Resource-scoped settings (`keyward.vault.path`, `keyward.scan.exclude`)
 * are read for the folder they apply to, where a folder's own settings take precedence over the
 * workspace's; window-scoped ones are the same everywhere. Values are cached per folder until a
 * configuration change.
 */
export class SettingsService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SettingsChange>();
  readonly onDidChange = this.changed.event;
  private readonly cache = new Map<string, Settings>();
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('keyward')) return;
    this.cache.clear();
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) =>
      event.affectsConfiguration('keyward', folder.uri),
    );
    this.changed.fire({ affects: (key, folder) => event.affectsConfiguration(`keyward.${key}`, folder?.uri), folders });
  });

  /** The settings as they apply to `folder`: its folder settings over the workspace's and the user's. */
  for(folder: vscode.WorkspaceFolder | undefined): Settings {
    const key = folder?.uri.toString() ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      const config = vscode.workspace.getConfiguration('keyward', folder?.uri);
      settings = readSettings((name) => config.get(name));
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** The window's settings, for those that do not depend on a folder (every one but resource-scoped ones). */
  get current(): Settings {
    return this.for(undefined);
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
