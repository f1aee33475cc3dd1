import type * as vscode from 'vscode';
import { MasterKeySlots, type VaultKeySlot } from '../../core/vault/keySlots';

/**
 * Master keys in SecretStorage, one slot per vault id AND place (see core/vault/keySlots.ts), so
 * several workspaces on one machine, and copies of one vault, each keep their own.
 */
export class MasterKeyStore {
  private readonly slots: MasterKeySlots;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.slots = new MasterKeySlots(secrets);
  }

  /** The slot of vault `vaultId` whose file really is at `realVaultPath` (symlinks resolved). */
  forVault(vaultId: string, realVaultPath: string): VaultKeySlot {
    return this.slots.forVault(vaultId, realVaultPath);
  }

  /** Fires only for one slot's entry, e.g. when another window imports its key. */
  onDidChange(slotName: () => string | undefined, listener: () => void): vscode.Disposable {
    return this.secrets.onDidChange((event) => {
      const name = slotName();
      if (name && event.key === name) listener();
    });
  }
}
