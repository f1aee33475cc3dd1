import initSqlJs, { type SqlJsStatic } from 'sql.js';
import * as vscode from 'vscode';
import { actorName } from '../core/actor';
import { parseMasterKey } from '../core/crypto/masterKey';
import { isKeywardError } from '../core/errors';
import { peekVaultId } from '../core/vault/peek';
import { Vault } from '../core/vault/vault';
import { identityOf } from '../core/vault/vaultFile';

/**
 * Owns the workspace vault in the extension host: finds it, loads sql.js only when a vault is
 * actually there, and opens it with the master key kept in SecretStorage.
 */
export class VaultService implements vscode.Disposable {
  private sql: Promise<SqlJsStatic> | undefined;
  private vault: Vault | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  vaultPath(): string | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const setting = vscode.workspace.getConfiguration('keyward').get<string>('vault.path', '.keyward/vault.db');
    return vscode.Uri.joinPath(folder.uri, setting).fsPath;
  }

  static secretName(vaultId: string): string {
    return `keyward.masterKey.${vaultId}`;
  }

  async openIfPresent(): Promise<Vault | undefined> {
    const file = this.vaultPath();
    if (!file || !identityOf(file)) {
      this.log.info('No vault in this workspace.');
      return undefined;
    }
    try {
      const sql = await this.engine();
      const vaultId = peekVaultId(sql, file);
      const stored = await this.context.secrets.get(VaultService.secretName(vaultId));
      if (!stored) {
        this.log.warn(`Vault ${vaultId} found, but this machine holds no master key for it.`);
        return undefined;
      }
      this.vault = Vault.open({ sql, path: file, masterKey: parseMasterKey(stored, 'the stored master key'), actor: actorName('VS Code') });
      this.log.info(`Opened vault ${vaultId} with ${this.vault.list().length} keys.`);
      return this.vault;
    } catch (error) {
      this.log.error(isKeywardError(error) ? error.message : `Could not open the vault (${(error as Error).name}).`);
      return undefined;
    }
  }

  private engine(): Promise<SqlJsStatic> {
    const wasm = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'sql-wasm.wasm').fsPath;
    this.sql ??= initSqlJs({ locateFile: () => wasm });
    return this.sql;
  }

  dispose(): void {
    this.vault?.close();
  }
}
