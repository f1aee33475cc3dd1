import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import * as vscode from 'vscode';
import { actorName } from '../../core/actor';
import { generateMasterKey } from '../../core/crypto/masterKey';
import { isKeywardError, KeywardError } from '../../core/errors';
import type { VaultKeySlot } from '../../core/vault/keySlots';
import { peekVaultId } from '../../core/vault/peek';
import type { MasterRotationResult } from '../../core/vault/masterRotation';
import type { Vault, VaultOptions } from '../../core/vault/vault';
import { resolveVaultTarget, vaultExists } from '../../core/vault/vaultFile';
import type { RevealGate, VaultEngine } from '../featureTypes';
import type { MasterKeyStore } from '../secrets/masterKeys';
import type { SettingsService } from '../settings';

export type VaultState = 'none' | 'locked' | 'open';

/**
 * One workspace folder's vault as the extension sees it: absent, locked (no master key on this
 * machine) or open. The vault engine (sql.js, the vault core) is loaded only when a vault file
 * exists. Reloads when the file, its path (`keyward.vault.path`, read for this folder) or this
 * vault's SecretStorage entry changes. Every reveal passes `revealGate` first. `Vaults` holds one
 * per workspace folder and mirrors their states into context keys.
 */
export class VaultService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private sql: Promise<SqlJsStatic> | undefined;
  private vault: Vault | undefined;
  /** This vault's master-key slot (its id and place) and the key that opened it. */
  private slot: VaultKeySlot | undefined;
  private masterKey: Buffer | undefined;
  private stateValue: VaultState = 'none';
  private readonly disposables: vscode.Disposable[] = [];
  /** Watches the file at the current path; replaced when the path changes. */
  private fileWatch: vscode.Disposable | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly folder: vscode.WorkspaceFolder,
    private readonly settings: SettingsService,
    private readonly masterKeys: MasterKeyStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly engine: () => VaultEngine,
    private readonly revealGate: RevealGate,
  ) {
    this.disposables.push(
      this.changed,
      masterKeys.onDidChange(
        () => this.slot?.name,
        () => void this.load(),
      ),
      settings.onDidChange((change) => {
        if (change.affects('vault.path', this.folder)) this.follow();
      }),
    );
    this.watchFile();
  }

  /** The vault moved (its setting changed): watch the new path and load what is there. */
  private follow(): void {
    this.watchFile();
    void this.load();
  }

  get state(): VaultState {
    return this.stateValue;
  }

  get readOnly(): boolean {
    return !vscode.workspace.isTrusted;
  }

  /** The open vault, after catching up with changes other processes saved; undefined unless open. */
  current(): Vault | undefined {
    try {
      if (this.vault?.refresh()) this.changed.fire();
    } catch (error) {
      // The file was replaced by something this key cannot open, or damaged: start over.
      this.log.error(isKeywardError(error) ? error.message : `Could not re-read the vault (${(error as Error).name}).`);
      void this.load();
      return undefined;
    }
    return this.vault;
  }

  path(): string {
    return vscode.Uri.joinPath(this.folder.uri, this.settings.for(this.folder)['vault.path']).fsPath;
  }

  /** Whether the workspace has several folders, so messages name this vault's. */
  get multiRoot(): boolean {
    return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  }

  /**
   * Works out the state from the file and SecretStorage. Writes nothing in Restricted Mode; when
   * trusted, it may finish an interrupted master-key rotation, or keep the key of a copy of this
   * vault for this place (see core/vault/unlock.ts). The open vault is replaced only once the new
   * state is known, so commands never see a closed one.
   */
  async load(): Promise<VaultState> {
    const file = this.path();
    let slot: VaultKeySlot | undefined;
    let unlocked: { vault: Vault; key: Buffer } | undefined;
    let state: VaultState = 'none';
    try {
      if (vaultExists(file)) {
        const sql = await this.sqlEngine();
        const vaultId = peekVaultId(sql, file);
        slot = this.masterKeys.forVault(vaultId, resolveVaultTarget(file));
        unlocked = await this.engine().unlockVault(
          slot,
          (key) => this.engine().Vault.open(this.options(sql, file, key)),
          {
            writable: !this.readOnly,
            warn: (message) => this.log.warn(message),
          },
        );
        if (unlocked) {
          this.log.info(
            `Opened vault ${vaultId}${this.readOnly ? ' read-only (Restricted Mode)' : ''} (${unlocked.vault.list().length} keys).`,
          );
          state = 'open';
        } else {
          this.log.warn(`Vault ${vaultId} is locked: this machine holds no master key that opens it.`);
          state = 'locked';
        }
      }
    } catch (error) {
      this.log.error(isKeywardError(error) ? error.message : `Could not open the vault (${(error as Error).name}).`);
      state = slot ? 'locked' : 'none';
    }
    const previous = this.vault;
    this.vault = unlocked?.vault;
    this.masterKey = unlocked?.key;
    this.slot = slot;
    previous?.close();
    return this.setState(state);
  }

  /**
   * Creates the vault. The master key is stored (and read back) in the new vault's slot before
   * the file exists, so no crash can leave a vault whose key was never kept.
   */
  async create(): Promise<Vault> {
    this.assertWritable();
    const file = this.path();
    // The slot is named by the file's real place, so its folder must exist to resolve it.
    mkdirSync(path.dirname(file), { recursive: true });
    const vaultId = randomUUID();
    const masterKey = generateMasterKey();
    const slot = this.masterKeys.forVault(vaultId, resolveVaultTarget(file));
    await slot.store(masterKey);
    try {
      await this.engine().Vault.create(this.options(await this.sqlEngine(), file, masterKey), vaultId);
    } catch (error) {
      await slot.delete();
      throw error;
    }
    this.log.info(`Created vault ${vaultId} at ${file}.`);
    await this.load();
    return this.require();
  }

  /**
   * Keeps `masterKey` for this vault at this place, once it proves to open it; a different key
   * already kept here is replaced only if `confirmReplace` agrees. Returns what happened.
   */
  async importMasterKey(
    masterKey: Buffer,
    confirmReplace: (storedOpensVault: boolean) => Promise<boolean>,
  ): Promise<'stored' | 'already-stored' | 'cancelled'> {
    const file = this.path();
    if (!vaultExists(file))
      throw new KeywardError(
        this.multiRoot
          ? vscode.l10n.t('Folder {0} has no vault to import a key for.', this.folder.name)
          : vscode.l10n.t('There is no vault in this workspace to import a key for.'),
        'vault-missing',
        1,
      );
    const sql = await this.sqlEngine();
    const slot = this.masterKeys.forVault(peekVaultId(sql, file), resolveVaultTarget(file));
    // Proving the key only reads the vault: Restricted Mode allows it (the copy opened is read-only).
    const outcome = await this.engine().importMasterKey(
      slot,
      masterKey,
      (key) => this.engine().Vault.open(this.options(sql, file, key)),
      confirmReplace,
    );
    if (outcome !== 'cancelled') await this.load();
    return outcome;
  }

  /** Re-seals the vault under a new master key, handing the key over in SecretStorage crash-safely. */
  async rotateMasterKey(): Promise<MasterRotationResult> {
    const vault = this.requireWritable();
    if (!this.slot)
      throw new KeywardError(
        vscode.l10n.t('The vault is locked: import its master key first.'),
        'master-key-missing',
        1,
      );
    const result = await this.engine().rotateWithHandover(vault, this.slot);
    await this.load();
    return result;
  }

  /** The key that opened the vault, for the user's password manager; audited, so refused in Restricted Mode. */
  async exportMasterKey(): Promise<string> {
    const vault = this.requireWritable();
    const key = this.masterKey;
    if (!key)
      throw new KeywardError(vscode.l10n.t('The master key is no longer in secret storage.'), 'master-key-missing');
    // eslint-disable-next-line no-restricted-syntax -- the audit log is a record: its details stay English
    await vault.recordEvent({ action: 'master-export', detail: 'copied to the clipboard from VS Code' });
    return key.toString('base64');
  }

  /** The open vault, or a clear error naming what is missing. */
  require(): Vault {
    const vault = this.current();
    if (vault) return vault;
    throw new KeywardError(
      this.stateValue === 'locked'
        ? this.multiRoot
          ? vscode.l10n.t('The vault of folder {0} is locked: import its master key first.', this.folder.name)
          : vscode.l10n.t('The vault is locked: import its master key first.')
        : this.multiRoot
          ? vscode.l10n.t('Folder {0} has no vault yet.', this.folder.name)
          : vscode.l10n.t('There is no vault in this workspace yet.'),
      this.stateValue === 'locked' ? 'master-key-missing' : 'vault-missing',
      1,
    );
  }

  /** The open vault for a change, or for anything audited (copy, injection, export); refused in Restricted Mode. */
  requireWritable(): Vault {
    this.assertWritable();
    return this.require();
  }

  /** Call after a change made through the vault, so views refresh. */
  notifyChanged(): void {
    this.changed.fire();
  }

  private assertWritable(): void {
    if (this.readOnly) throw new KeywardError(readOnlyReason(), 'refused', 1);
  }

  private options(sql: SqlJsStatic, file: string, masterKey: Buffer): VaultOptions {
    return {
      sql,
      path: file,
      masterKey,
      actor: actorName('VS Code'),
      // Untrusted: the core itself refuses every write, audited reveals included, and takes no lock.
      readOnly: this.readOnly ? readOnlyReason() : undefined,
      beforeReveal: (names, purpose) =>
        this.revealGate(names, purpose, async (event) => {
          await this.current()?.recordEvent(event);
        }),
    };
  }

  private setState(state: VaultState): VaultState {
    this.stateValue = state;
    this.notifyChanged();
    return state;
  }

  private watchFile(): void {
    this.fileWatch?.dispose();
    this.fileWatch = undefined;
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(this.folder, this.settings.for(this.folder)['vault.path']),
    );
    // Every save renames a new file into place, so creations and changes are mostly our own saves
    // or another process's: catching up is enough. Only a vault appearing or vanishing changes state.
    const onEvent = () => {
      if (this.stateValue === 'open' && vaultExists(this.path())) this.current();
      else void this.load();
    };
    this.fileWatch = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(onEvent),
      watcher.onDidDelete(onEvent),
      watcher.onDidChange(onEvent),
    );
  }

  private sqlEngine(): Promise<SqlJsStatic> {
    const wasm = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'sql-wasm.wasm').fsPath;
    this.sql ??= this.engine().initSqlJs({ locateFile: () => wasm });
    return this.sql;
  }

  dispose(): void {
    this.vault?.close();
    this.fileWatch?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Why a vault refuses changes and audited reveals in Restricted Mode, for the user. */
export function readOnlyReason(): string {
  return vscode.l10n.t(
    "The vault is read-only in Restricted Mode: no change, and no copy, injection or export of a key (each would be recorded in the vault's audit log). Trust this workspace to use them.",
  );
}
