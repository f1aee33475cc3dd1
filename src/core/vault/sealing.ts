import { open as openEnvelope, seal } from '../crypto/envelope';
import { fingerprintValue, type VaultKeys } from '../crypto/subkeys';
import { maskSecret } from '../mask';

/** What sealing needs of an open vault (VaultStore provides it); kept structural so this module imports no store. */
export interface SealingContext {
  readonly vaultId: string;
  readonly keys: VaultKeys;
  aad(recordId: string, version: number): string;
}

/** How a value is stored: sealed to its record and version, masked (the mask sealed too), fingerprinted. */
export interface SealedValue {
  ciphertext: string;
  /** The mask as an envelope: even `....abcd` is not kept in clear in the file. */
  masked: string;
  fingerprint: string;
}

/** Shown instead of a mask that does not open (its row fails the integrity check too). */
export const UNREADABLE_MASK = '(altered)';

/** A value's associated data: which vault, record and version it belongs to. */
export function valueAad(vaultId: string, recordId: string, version: number): string {
  return `keyward/v1|${vaultId}|${recordId}|${version}`;
}

/** The sealed mask's associated data: its own domain, so a mask never opens as a value or vice versa. */
export function maskAad(vaultId: string, recordId: string, version: number): string {
  return `keyward/v2/mask|${vaultId}|${recordId}|${version}`;
}

export function sealValue(store: SealingContext, recordId: string, version: number, value: string): SealedValue {
  return {
    ciphertext: seal(store.keys.encryption, value, store.aad(recordId, version)),
    masked: seal(store.keys.encryption, maskSecret(value), maskAad(store.vaultId, recordId, version)),
    fingerprint: fingerprintValue(store.keys, value),
  };
}

/** Opens a stored value; `what` names it in the error if the ciphertext was tampered with. */
export function openValue(
  store: SealingContext,
  stored: { recordId: string; version: number; ciphertext: string },
  what: string,
): string {
  return openEnvelope(store.keys.encryption, stored.ciphertext, store.aad(stored.recordId, stored.version), what);
}

export function openMask(store: SealingContext, recordId: string, version: number, sealed: string): string {
  try {
    return openEnvelope(store.keys.encryption, sealed, maskAad(store.vaultId, recordId, version), 'mask');
  } catch {
    return UNREADABLE_MASK;
  }
}
