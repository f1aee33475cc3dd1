import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Independent keys derived from the master key with HKDF-SHA-256, so that no key does two jobs:
 * the fingerprint key can recognise values without being able to decrypt them, and the audit key
 * can seal the log without touching either.
 */
export interface VaultKeys {
  encryption: Buffer;
  fingerprint: Buffer;
  audit: Buffer;
  /** MACs over each key row and the vault's metadata, so an edit with sqlite3 shows. */
  records: Buffer;
  /** Public, stable identifier of the master key (first 8 bytes of a derived value, hex). */
  keyId: string;
  /** Stored in the vault's metadata; a mismatch means the wrong master key, caught before any write. */
  checkValue: string;
  /**
   * The check value of vaults from before row MACs (schema 1). It differs from `checkValue`, so a
   * newer vault cannot be passed off as an old one (to have its rows re-MACed) without the key.
   */
  legacyCheckValue: string;
}

function derive(master: Buffer, vaultId: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.from(vaultId, 'utf8'), `keyward/v1/${purpose}`, 32));
}

export function deriveVaultKeys(master: Buffer, vaultId: string): VaultKeys {
  const check = derive(master, vaultId, 'key-check');
  return {
    encryption: derive(master, vaultId, 'encryption'),
    fingerprint: derive(master, vaultId, 'fingerprint'),
    audit: derive(master, vaultId, 'audit'),
    records: derive(master, vaultId, 'records'),
    keyId: check.subarray(0, 8).toString('hex'),
    checkValue: createHmac('sha256', check).update('keyward key check v2').digest('hex'),
    legacyCheckValue: createHmac('sha256', check).update('keyward key check').digest('hex'),
  };
}

/** Keyed fingerprint of a secret value: recognisable only by someone holding the master key. */
export function fingerprintValue(keys: VaultKeys, value: string): string {
  return createHmac('sha256', keys.fingerprint).update(value, 'utf8').digest('hex');
}
