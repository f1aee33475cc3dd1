import { open as openEnvelope, seal } from '../crypto/envelope';
import { fingerprintValue } from '../crypto/subkeys';
import { maskSecret } from '../mask';
import type { VaultStore } from './store';

/** How a value is stored: sealed to its record and version, masked for display, fingerprinted. */
export interface SealedValue {
  ciphertext: string;
  masked: string;
  fingerprint: string;
}

export function sealValue(store: VaultStore, recordId: string, version: number, value: string): SealedValue {
  return {
    ciphertext: seal(store.keys.encryption, value, store.aad(recordId, version)),
    masked: maskSecret(value),
    fingerprint: fingerprintValue(store.keys, value),
  };
}

/** Opens a stored value; `what` names it in the error if the ciphertext was tampered with. */
export function openValue(
  store: VaultStore,
  stored: { recordId: string; version: number; ciphertext: string },
  what: string,
): string {
  return openEnvelope(store.keys.encryption, stored.ciphertext, store.aad(stored.recordId, stored.version), what);
}
