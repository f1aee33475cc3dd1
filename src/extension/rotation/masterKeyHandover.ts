import type * as vscode from 'vscode';
import { generateMasterKey } from '../../core/crypto/masterKey';
import { deriveVaultKeys } from '../../core/crypto/subkeys';
import { isKeywardError } from '../../core/errors';
import type { MasterRotationResult } from '../../core/vault/masterRotation';
import type { Vault } from '../../core/vault/vault';
import type { MasterKeyStore } from '../secrets/masterKeys';

/** SecretStorage entry of a master key being rotated to: `keyward.masterKey.<vaultId>.next`. */
const nextEntry = (vaultId: string) => `${vaultId}.next`;

/**
 * The extension's side of the crash-safe protocol (core/vault/masterRotation.ts): the new key is
 * stored (and read back) as `.next` BEFORE the vault changes, promoted to the vault's entry only
 * after the re-sealed vault is saved, and the `.next` entry is dropped last. A crash at any point
 * leaves SecretStorage holding a key that opens the file; `recoverMasterKey` finishes the job.
 */
export async function rotateWithHandover(
  vault: Vault,
  keys: MasterKeyStore,
  onStep?: (step: string) => void,
): Promise<MasterRotationResult> {
  const next = generateMasterKey();
  await keys.store(nextEntry(vault.id), next);
  const result = await vault.rotateMaster(next, { onStep });
  await keys.store(vault.id, next);
  await keys.delete(nextEntry(vault.id));
  return result;
}

/**
 * The key that opens the vault now, after finishing whatever a crash interrupted: promotes a
 * `.next` key the vault already uses, completes a rotation whose marker names the `.next` key,
 * and drops a `.next` key that was never used.
 */
export async function recoverMasterKey(
  keys: MasterKeyStore,
  vaultId: string,
  open: (key: Buffer) => Vault,
  log: vscode.LogOutputChannel,
): Promise<Buffer | undefined> {
  const current = await keys.get(vaultId);
  const next = await keys.get(nextEntry(vaultId));
  if (!next) return current;
  const withCurrent = current && tryOpen(open, current);
  if (!withCurrent) {
    if (!tryOpen(open, next, true)) return current;
    log.warn('Finishing an interrupted master-key rotation: the vault already uses the new key; promoting it.');
    await keys.store(vaultId, next);
  } else {
    const pending = withCurrent.pendingMasterRotation();
    const nextId = deriveVaultKeys(next, vaultId).keyId;
    if (pending?.keyId === nextId) {
      log.warn('Finishing an interrupted master-key rotation: re-sealing the vault under the new key.');
      await withCurrent.rotateMaster(next);
      await keys.store(vaultId, next);
    } else if (withCurrent.keyId !== nextId) {
      log.warn('Dropping a new master key left by a rotation that never started.');
    }
    withCurrent.close();
  }
  await keys.delete(nextEntry(vaultId));
  return keys.get(vaultId);
}

function tryOpen(open: (key: Buffer) => Vault, key: Buffer, closeAfter = false): Vault | undefined {
  try {
    const vault = open(key);
    if (closeAfter) vault.close();
    return vault;
  } catch (error) {
    if (isKeywardError(error) && error.code === 'wrong-master-key') return undefined;
    throw error;
  }
}
