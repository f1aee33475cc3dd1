import * as vscode from 'vscode';
import { readSettings, RESTRICTED_SETTINGS, type SettingKey, type Settings } from '../core/settings/schema';

/** Which `keyward.*` settings a configuration change touched, and for which workspace folders. */
export interface SettingsChange {
  /** Whether `keyward.<key>` changed as it applies to `folder` (for the window when no folder is given). */
  affects(key: SettingKey, folder?: vscode.WorkspaceFolder): boolean;
  /** The workspace folders for which at least one `keyward.*` setting changed. */
  readonly folders: readonly vscode.WorkspaceFolder[];
}

const restricted = new Set<string>(RESTRICTED_SETTINGS);

/**
 * Typed `keyward.*` settings. Resource-scoped settings (`keyward.vault.path`, `keyward.scan.exclude`)
 * are read for the folder they apply to, where a folder's own settings take precedence over the
 * workspace's; window-scoped ones are the same everywhere. In an untrusted workspace the
 * protective settings (RESTRICTED_SETTINGS) come from the user's settings or the defaults only:
 * a cloned `.vscode/settings.json` cannot weaken them. Values are cached per folder until a
 * configuration change or a grant of trust.
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
  // Trust lets the workspace's values of the restricted settings apply: every reader re-reads.
  private readonly trustListener = vscode.workspace.onDidGrantWorkspaceTrust(() => {
    this.cache.clear();
    this.changed.fire({ affects: () => true, folders: vscode.workspace.workspaceFolders ?? [] });
  });

  /** The settings as they apply to `folder`: its folder settings over the workspace's and the user's. */
  for(folder: vscode.WorkspaceFolder | undefined): Settings {
    const key = folder?.uri.toString() ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      const config = vscode.workspace.getConfiguration('keyward', folder?.uri);
      const trusted = vscode.workspace.isTrusted;
      settings = readSettings((name) =>
        trusted || !restricted.has(name) ? config.get(name) : userValue(config, name),
      );
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
    this.trustListener.dispose();
    this.changed.dispose();
  }
}

/** The user's own value (or the default), leaving out whatever the workspace and its folders set. */
function userValue(config: vscode.WorkspaceConfiguration, name: string): unknown {
  const inspected = config.inspect(name);
  return inspected?.globalValue ?? inspected?.defaultValue;
}
