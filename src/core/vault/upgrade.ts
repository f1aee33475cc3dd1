import type { Database } from 'sql.js';
import { open as openEnvelope, seal } from '../crypto/envelope';
import type { VaultKeys } from '../crypto/subkeys';
import { maskSecret } from '../mask';
import { sealEverything } from './integrity';
import { maskAad, valueAad } from './sealing';
import { all, run, transaction } from './sqlite';

/**
 * The keyed half of the schema 2 upgrade, for a vault from before row MACs: each mask is derived
 * afresh from its value (with today's masking rule) and sealed, every row and the metadata get
 * their MAC, and the check value moves to the one that marks an upgraded vault. Runs in memory at
 * open; the next save writes it. Whatever the old file held is what gets MACed: nothing older
 * can vouch for it.
 */
export function upgradeLegacyVault(db: Database, keys: VaultKeys, vaultId: string): void {
  const sealedMask = (id: string, version: number, ciphertext: string) => {
    let mask = '********';
    try {
      mask = maskSecret(openEnvelope(keys.encryption, ciphertext, valueAad(vaultId, id, version), 'upgrade'));
    } catch {
      // An unreadable value keeps a blank mask; using it fails as before.
    }
    return seal(keys.encryption, mask, maskAad(vaultId, id, version));
  };
  transaction(db, () => {
    for (const k of all<{ id: string; version: number; ciphertext: string }>(
      db,
      'SELECT id, version, ciphertext FROM keys',
    ))
      run(db, 'UPDATE keys SET masked = ? WHERE id = ?', [sealedMask(k.id, k.version, k.ciphertext), k.id]);
    for (const v of all<{ key_id: string; version: number; ciphertext: string }>(
      db,
      'SELECT key_id, version, ciphertext FROM key_versions',
    ))
      run(db, 'UPDATE key_versions SET masked = ? WHERE key_id = ? AND version = ?', [
        sealedMask(v.key_id, v.version, v.ciphertext),
        v.key_id,
        v.version,
      ]);
    run(db, `UPDATE meta SET value = ? WHERE key = 'key_check'`, [keys.checkValue]);
    sealEverything(db, keys.records);
  });
}
