import { open as openEnvelope, seal } from '../crypto/envelope';
import { fingerprintValue, type VaultKeys } from '../crypto/subkeys';
import { sealEverything } from './integrity';
import { maskAad } from './sealing';
import { all, runMany } from './sqlite';
import type { VaultStore } from './store';

interface StoredValue {
  id: string;
  version: number;
  ciphertext: string;
  masked: string;
}

/**
 * Master-key rotation's re-encryption: every current value and older version, with its sealed
 * mask, under the next keys (the associated data, vault/record/version, is unchanged); then every
 * row and the metadata are MACed with the next records key.
 */
export function resealValues(store: VaultStore, keys: VaultKeys): { keys: number; versions: number } {
  const current = all<StoredValue & { name: string }>(
    store.db,
    'SELECT id, name, version, ciphertext, masked FROM keys',
  );
  const older = all<StoredValue>(store.db, 'SELECT key_id AS id, version, ciphertext, masked FROM key_versions');
  const reseal = ({ id, version, ciphertext, masked }: StoredValue, what: string) => {
    const aad = store.aad(id, version);
    const value = openEnvelope(store.keys.encryption, ciphertext, aad, what);
    const mask = openEnvelope(store.keys.encryption, masked, maskAad(store.vaultId, id, version), `${what} (mask)`);
    return [
      seal(keys.encryption, value, aad),
      seal(keys.encryption, mask, maskAad(store.vaultId, id, version)),
      fingerprintValue(keys, value),
    ];
  };
  runMany(
    store.db,
    'UPDATE keys SET ciphertext = ?, masked = ?, fingerprint = ? WHERE id = ?',
    current.map((k) => [...reseal(k, `Key ${k.name}`), k.id]),
  );
  runMany(
    store.db,
    'UPDATE key_versions SET ciphertext = ?, masked = ?, fingerprint = ? WHERE key_id = ? AND version = ?',
    older.map((v) => [...reseal(v, `A version of key ${v.id}`), v.id, v.version]),
  );
  sealEverything(store.db, keys.records);
  return { keys: current.length, versions: older.length };
}
