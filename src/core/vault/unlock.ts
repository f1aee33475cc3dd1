import { KeywardError } from '../errors';
import type { VaultKeySlot } from './keySlots';
import { finishHandover } from './masterHandover';
import { tryOpen, type OpenWith } from './tryOpen';
import type { Vault } from './vault';

export interface UnlockOptions {
  /** False in a read-only (untrusted) window: nothing is written, neither the vault nor the key store. */
  writable: boolean;
  /** Says what was done or found; names and ids only. */
  warn: (message: string) => void;
}

/** The open vault and the key that opened it: the slot's own, a rotation's `.next`, or one kept for a copy elsewhere. */
export interface Unlocked {
  vault: Vault;
  key: Buffer;
  source: 'slot' | 'next' | 'elsewhere';
}

/**
 * Opens the vault with the key this machine keeps for it, or undefined when it holds none that
 * opens it (the vault is locked). When writable, an interrupted master-key rotation is finished
 * first. Without a key of its own, a key kept for the same vault id elsewhere (a `cp -r` copy,
 * the folder before it moved, the entry of earlier versions) is tried, and kept for this place
 * too once it proves to open the vault; a key of its own that fails is never replaced here.
 */
export async function unlockVault(
  slot: VaultKeySlot,
  open: OpenWith,
  options: UnlockOptions,
): Promise<Unlocked | undefined> {
  const { writable, warn } = options;
  const own = writable ? await finishHandover(slot, open, warn) : await slot.get();
  const tried: Buffer[] = [];
  const attempt = (key: Buffer): Vault | undefined => {
    if (tried.some((known) => known.equals(key))) return undefined;
    tried.push(key);
    return tryOpen(open, key);
  };
  const withOwn = own && attempt(own);
  if (own && withOwn) return { vault: withOwn, key: own, source: 'slot' };
  if (!writable) {
    // Read-only, the rotation is not finished: its new key may be the one the file already uses.
    const next = await slot.getNext();
    const withNext = next && attempt(next);
    if (next && withNext) return { vault: withNext, key: next, source: 'next' };
  }
  for (const key of await slot.elsewhere()) {
    const vault = attempt(key);
    if (!vault) continue;
    if (own) {
      warn(
        `The master key kept here for vault ${slot.vaultId} does not open it; the key kept for a copy of it elsewhere does, and is used for now. Import Master Key to keep one for this place.`,
      );
    } else if (writable) {
      await slot.store(key);
      warn(
        `Vault ${slot.vaultId} is a copy, or its folder moved: the key kept for it elsewhere opens it and is now kept for this place too.`,
      );
    }
    return { vault, key, source: 'elsewhere' };
  }
  if (own) warn(`The master key kept here for vault ${slot.vaultId} does not open it.`);
  return undefined;
}

export type ImportOutcome = 'stored' | 'already-stored' | 'cancelled';

/**
 * Keeps an imported master key for this vault at this place, only after proving it opens the
 * vault. A different key already kept there is replaced only if `confirmReplace` agrees; it is
 * told whether that key still opens the vault, which the user must weigh.
 */
export async function importMasterKey(
  slot: VaultKeySlot,
  key: Buffer,
  open: OpenWith,
  confirmReplace: (storedOpensVault: boolean) => Promise<boolean>,
): Promise<ImportOutcome> {
  const withImported = tryOpen(open, key);
  if (!withImported) {
    throw new KeywardError(
      'That master key does not open this vault (it belongs to another vault, or to an older or newer copy of this one). Nothing was stored.',
      'wrong-master-key',
      1,
    );
  }
  withImported.close();
  const stored = await slot.get();
  if (stored?.equals(key)) return 'already-stored';
  if (stored) {
    const withStored = tryOpen(open, stored);
    withStored?.close();
    if (!(await confirmReplace(withStored !== undefined))) return 'cancelled';
  }
  await slot.store(key);
  return 'stored';
}
