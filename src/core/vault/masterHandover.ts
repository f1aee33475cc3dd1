import { generateMasterKey } from '../crypto/masterKey';
import { deriveVaultKeys } from '../crypto/subkeys';
import type { VaultKeySlot } from './keySlots';
import type { MasterRotationResult } from './masterRotation';
import { tryOpen, type OpenWith } from './tryOpen';
import type { Vault } from './vault';

/**
 * The key store's side of the crash-safe rotation protocol (masterRotation.ts): the new key is
 * stored (and read back) in the slot's `.next` entry BEFORE the vault changes, promoted to the
 * slot only after the re-sealed vault is saved, and the `.next` entry is dropped last. A crash at
 * any point leaves the slot holding a key that opens the file; `finishHandover` completes the job.
 * Only this vault's slot (its id AND place) changes: a copy of the vault elsewhere keeps its key.
 */
export async function rotateWithHandover(
  vault: Vault,
  slot: VaultKeySlot,
  onStep?: (step: string) => void,
): Promise<MasterRotationResult> {
  const next = generateMasterKey();
  await slot.storeNext(next);
  const result = await vault.rotateMaster(next, { onStep });
  await slot.store(next);
  await slot.deleteNext();
  return result;
}

/**
 * Finishes whatever a crash interrupted, before the vault is used: promotes a `.next` key the
 * vault already uses, completes a rotation whose marker names the `.next` key, and drops a
 * `.next` key that was never used. Writes to the vault and the slot, so never in a read-only
 * (untrusted) window. Returns the slot's key afterwards.
 */
export async function finishHandover(
  slot: VaultKeySlot,
  open: OpenWith,
  warn: (message: string) => void,
): Promise<Buffer | undefined> {
  const current = await slot.get();
  const next = await slot.getNext();
  if (!next) return current;
  const withCurrent = current && tryOpen(open, current);
  if (!withCurrent) {
    const withNext = tryOpen(open, next);
    if (!withNext) return current;
    withNext.close();
    warn('Finishing an interrupted master-key rotation: the vault already uses the new key; promoting it.');
    await slot.store(next);
  } else {
    try {
      const pending = withCurrent.pendingMasterRotation();
      const nextId = deriveVaultKeys(next, slot.vaultId).keyId;
      if (pending?.keyId === nextId) {
        warn('Finishing an interrupted master-key rotation: re-sealing the vault under the new key.');
        await withCurrent.rotateMaster(next);
        await slot.store(next);
      } else if (withCurrent.keyId !== nextId) {
        warn('Dropping a new master key left by a rotation that never started.');
      }
    } finally {
      withCurrent.close();
    }
  }
  await slot.deleteNext();
  return slot.get();
}
