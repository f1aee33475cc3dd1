import type { Database, SqlJsStatic } from 'sql.js';
import { KeywardError } from '../errors';
import { deriveVaultKeys, type VaultKeys } from '../crypto/subkeys';
import { checkIntegrity, type IntegrityReport } from './integrity';
import { APP_ID, hasMetaTable, migrate, readSchemaVersion } from './schema';
import { upgradeLegacyVault } from './upgrade';
import { one } from './sqlite';

export interface LoadedVault {
  db: Database;
  vaultId: string;
  keys: VaultKeys;
  /** Rows and metadata that fail their MAC (integrity.ts). */
  integrity: IntegrityReport;
  /** The file predates row MACs and was upgraded in memory; the next save writes the upgrade. */
  upgraded: boolean;
}

export function readMeta(db: Database, key: string): string | undefined {
  return one<{ value: string }>(db, 'SELECT value FROM meta WHERE key = ?', [key])?.value;
}

/**
 * Opens vault bytes in memory and proves, before anything can be written, that they are an
 * intact Keyward vault that this master key opens. Every refusal names what is wrong.
 */
export function loadVault(sql: SqlJsStatic, bytes: Uint8Array, vaultPath: string, master: Buffer): LoadedVault {
  const db = openDatabase(sql, bytes, vaultPath);
  try {
    if (!hasMetaTable(db) || readMeta(db, 'app') !== APP_ID) {
      throw new KeywardError(
        `${vaultPath} is an SQLite database but not a Keyward vault. It was left untouched.`,
        'vault-foreign',
      );
    }
    const fromVersion = readSchemaVersion(db);
    migrate(db);
    const vaultId = readMeta(db, 'vault_id');
    const storedCheck = readMeta(db, 'key_check');
    if (!vaultId || !storedCheck) {
      throw new KeywardError(`${vaultPath} is missing its vault metadata; restore ${vaultPath}.bak.`, 'vault-corrupt');
    }
    const keys = deriveVaultKeys(master, vaultId);
    const upgraded = storedCheck !== keys.checkValue && fromVersion < 2 && storedCheck === keys.legacyCheckValue;
    if (upgraded) upgradeLegacyVault(db, keys, vaultId);
    else if (storedCheck !== keys.checkValue) throw wrongKey(db, keys);
    return { db, vaultId, keys, integrity: checkIntegrity(db, keys.records), upgraded };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Names the situation when the key is one the vault knows from a master-key rotation: the new
 * key of a rotation that did not finish, or an old key a finished rotation retired.
 */
function wrongKey(db: Database, keys: VaultKeys): KeywardError {
  const expected = readMeta(db, 'key_id') ?? 'unknown';
  const pending = JSON.parse(readMeta(db, 'master_rotation_pending') ?? 'null') as {
    keyId: string;
    checkValue: string;
    startedAt: string;
  } | null;
  if (pending && [keys.checkValue, keys.legacyCheckValue].includes(pending.checkValue)) {
    return new KeywardError(
      `This is the new key (id ${keys.keyId}) of a master-key rotation started ${pending.startedAt} that did not finish: the vault is still sealed ` +
        `with key id ${expected}. Open it with that key; \`keyward vault rotate-master\` with this key in KEYWARD_NEW_MASTER_KEY finishes the rotation, --abort rolls it back. Nothing was changed.`,
      'wrong-master-key',
    );
  }
  const retired = (JSON.parse(readMeta(db, 'retired_key_ids') ?? '[]') as { keyId: string; retiredAt: string }[]).find(
    (r) => r.keyId === keys.keyId,
  );
  if (retired) {
    return new KeywardError(
      `This master key (id ${keys.keyId}) was retired by a master-key rotation on ${retired.retiredAt}; the vault now opens with key id ${expected} ` +
        '(the key set in KEYWARD_NEW_MASTER_KEY or printed during the rotation). Nothing was changed.',
      'wrong-master-key',
    );
  }
  return new KeywardError(
    `The master key does not open this vault (vault expects key id ${expected}, this key is ${keys.keyId}). Nothing was changed.`,
    'wrong-master-key',
  );
}

function openDatabase(sql: SqlJsStatic, bytes: Uint8Array, vaultPath: string): Database {
  let db: Database | undefined;
  try {
    db = new sql.Database(bytes);
    const check = one<{ quick_check: string }>(db, 'PRAGMA quick_check');
    if (check?.quick_check !== 'ok') throw new Error('integrity check failed');
    return db;
  } catch {
    db?.close();
    throw new KeywardError(
      `${vaultPath} is damaged (SQLite integrity check failed). It was left untouched; the previous version is in ${vaultPath}.bak.`,
      'vault-corrupt',
    );
  }
}
