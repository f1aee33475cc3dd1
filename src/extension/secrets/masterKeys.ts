import * as vscode from 'vscode';
import { parseMasterKey } from '../../core/crypto/masterKey';
import { KeywardError } from '../../core/errors';

/**
 * Master keys in SecretStorage, one entry per vault id, so several workspaces on one machine
 * each keep their own. Writes are read back: another window may have written first.
 */
export class MasterKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  static entryName(vaultId: string): string {
    return `keyward.masterKey.${vaultId}`;
  }

  async get(vaultId: string): Promise<Buffer | undefined> {
    const stored = await this.secrets.get(MasterKeyStore.entryName(vaultId));
    return stored ? parseMasterKey(stored, 'The stored master key') : undefined;
  }

  async store(vaultId: string, key: Buffer): Promise<void> {
    const name = MasterKeyStore.entryName(vaultId);
    await this.secrets.store(name, key.toString('base64'));
    const readBack = await this.secrets.get(name);
    if (readBack !== key.toString('base64')) {
      throw new KeywardError(
        vscode.l10n.t('Another window changed the master key at the same moment; try again.'),
        'io',
      );
    }
  }

  async delete(vaultId: string): Promise<void> {
    await this.secrets.delete(MasterKeyStore.entryName(vaultId));
  }

  /** Fires only for this vault's entry, e.g. when another window imports its key. */
  onDidChange(vaultId: () => string | undefined, listener: () => void): vscode.Disposable {
    return this.secrets.onDidChange((event) => {
      const id = vaultId();
      if (id && event.key === MasterKeyStore.entryName(id)) listener();
    });
  }
}
