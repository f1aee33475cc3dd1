import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import type { RevealGate, VaultEngine } from '../featureTypes';
import type { MasterKeyStore } from '../secrets/masterKeys';
import type { SettingsService } from '../settings';
import { readOnlyReason, VaultService, type VaultState } from './vaultService';

/** Something a command was invoked on that names its folder: a Keys view node, a file. */
export interface FolderOwned {
  owner: VaultService;
}

/**
 * One vault per workspace folder, each with its own file, settings and master-key slot, kept in
 * step with the folders as they are added and removed. Mirrors the vaults' states into context
 * keys for `when` clauses: `keyward.vaultState` is `open` when any vault is open (else `locked`
 * when any is locked, else `none`), `keyward.canCreateVault` when some folder has none.
 */
export class Vaults implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly services = new Map<string, { vault: VaultService; listener: vscode.Disposable }>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly settings: SettingsService,
    private readonly masterKeys: MasterKeyStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly engine: () => VaultEngine,
    /** One gate for the window: the per-minute reveal count spans every folder's vault. */
    private readonly revealGate: RevealGate,
  ) {
    this.disposables = [
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.sync().load()),
      // Vaults opened read-only are opened again, writable (and an interrupted rotation is finished then).
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.update();
        void this.load();
      }),
    ];
    this.sync();
  }

  /** Every folder's vault service, in the workspace's folder order. */
  all(): VaultService[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
      const entry = this.services.get(folder.uri.toString());
      return entry ? [entry.vault] : [];
    });
  }

  forFolder(folder: vscode.WorkspaceFolder | undefined): VaultService | undefined {
    return folder && this.services.get(folder.uri.toString())?.vault;
  }

  /** The vault of the folder holding `uri`. */
  forUri(uri: vscode.Uri): VaultService | undefined {
    return this.forFolder(vscode.workspace.getWorkspaceFolder(uri));
  }

  get readOnly(): boolean {
    return !vscode.workspace.isTrusted;
  }

  /** Refuses, before anything is asked, what Restricted Mode does not allow (see readOnlyReason). */
  assertWritable(): void {
    if (this.readOnly) throw new KeywardError(readOnlyReason(), 'refused', 1);
  }

  /** `open` when any folder's vault is open, else `locked` when any is locked, else `none`. */
  get state(): VaultState {
    const states = new Set(this.all().map((vault) => vault.state));
    return states.has('open') ? 'open' : states.has('locked') ? 'locked' : 'none';
  }

  /** Resolves once every folder's vault state is known. */
  async load(): Promise<VaultState[]> {
    return Promise.all(this.all().map((vault) => vault.load()));
  }

  /**
   * The vault a command acts on: the folder of the node or file it was invoked on, else the only
   * vault in a suitable state, else the user's choice among them. With no suitable vault, the
   * first folder's own refusal explains what is missing.
   */
  async choose(arg: unknown, states: readonly VaultState[], placeHolder: string): Promise<VaultService> {
    if (arg instanceof VaultService) return arg;
    const owned = (arg as Partial<FolderOwned> | undefined)?.owner;
    if (owned instanceof VaultService) return owned;
    if (arg instanceof vscode.Uri) {
      const owner = this.forUri(arg);
      if (owner) return owner;
    }
    const candidates = this.all().filter((vault) => states.includes(vault.state));
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) {
      const first = this.all()[0];
      if (!first)
        throw new KeywardError(vscode.l10n.t('Open a folder first: each folder keeps its own vault.'), 'refused', 1);
      return first;
    }
    const picked = await vscode.window.showQuickPick(
      candidates.map((vault) => ({ label: vault.folder.name, description: vault.folder.uri.fsPath, vault })),
      { placeHolder },
    );
    if (!picked) throw new KeywardError(vscode.l10n.t('Cancelled.'), 'refused', 1);
    return picked.vault;
  }

  private sync(): this {
    // A vault is a file on this machine's disk: a virtual folder (a repository opened from GitHub
    // without cloning it) has none.
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
    const wanted = new Set(folders.map((folder) => folder.uri.toString()));
    for (const [key, entry] of this.services) {
      if (wanted.has(key)) continue;
      entry.listener.dispose();
      entry.vault.dispose();
      this.services.delete(key);
    }
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (this.services.has(key)) continue;
      const vault = new VaultService(
        this.context,
        folder,
        this.settings,
        this.masterKeys,
        this.log,
        this.engine,
        this.revealGate,
      );
      this.services.set(key, { vault, listener: vault.onDidChange(() => this.update()) });
    }
    this.update();
    return this;
  }

  private update(): void {
    const vaults = this.all();
    const states = new Set(vaults.map((vault) => vault.state));
    const state = this.state;
    const keyCount = vaults.reduce(
      (sum, vault) => sum + (vault.state === 'open' ? (vault.current()?.list().length ?? 0) : 0),
      0,
    );
    void vscode.commands.executeCommand('setContext', 'keyward.vaultState', state);
    void vscode.commands.executeCommand('setContext', 'keyward.canCreateVault', states.has('none'));
    void vscode.commands.executeCommand('setContext', 'keyward.anyLocked', states.has('locked'));
    void vscode.commands.executeCommand('setContext', 'keyward.keyCount', keyCount);
    void vscode.commands.executeCommand('setContext', 'keyward.readOnly', this.readOnly);
    this.changed.fire();
  }

  dispose(): void {
    for (const { vault, listener } of this.services.values()) {
      listener.dispose();
      vault.dispose();
    }
    this.services.clear();
    for (const d of this.disposables) d.dispose();
  }
}
