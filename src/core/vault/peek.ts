import type { SqlJsStatic } from 'sql.js';
import { KeywardError } from '../errors';
import { hasMetaTable } from './schema';
import { one } from './sqlite';
import { readVaultBytes } from './vaultFile';

/**
 * The vault's public id, read without the master key: the extension names the SecretStorage
 * entry after it, so several workspaces each find their own key.
 */
export function peekVaultId(sql: SqlJsStatic, vaultPath: string): string {
  const { bytes } = readVaultBytes(vaultPath);
  let db;
  try {
    db = new sql.Database(bytes);
  } catch {
    throw new KeywardError(`${vaultPath} is damaged and could not be read. It was left untouched.`, 'vault-corrupt');
  }
  try {
    const id = hasMetaTable(db)
      ? one<{ value: string }>(db, `SELECT value FROM meta WHERE key = 'vault_id'`)?.value
      : undefined;
    if (!id) throw new KeywardError(`${vaultPath} is not a Keyward vault. It was left untouched.`, 'vault-foreign');
    return id;
  } catch (error) {
    if (error instanceof KeywardError) throw error;
    throw new KeywardError(`${vaultPath} is damaged and could not be read. It was left untouched.`, 'vault-corrupt');
  } finally {
    db.close();
  }
}
