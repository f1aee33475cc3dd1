import type { Database } from 'sql.js';
import { KeywardError } from '../errors';
import { one, run, transaction } from './sqlite';

export const APP_ID = 'keyward';

/**
 * Forward-only migrations; index i upgrades schema version i to i + 1. Never edit a shipped
 * entry: vaults in the wild were created by it. Add a new one instead.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE keys (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL UNIQUE,
     provider TEXT,
     environment TEXT NOT NULL DEFAULT 'default',
     ciphertext TEXT NOT NULL,
     masked TEXT NOT NULL,
     fingerprint TEXT NOT NULL,
     version INTEGER NOT NULL DEFAULT 1,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     last_rotated_at TEXT,
     rotation_days INTEGER,
     status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'compromised', 'retired')),
     notes TEXT
   );
   CREATE INDEX keys_fingerprint ON keys (fingerprint);
   CREATE TABLE key_versions (
     key_id TEXT NOT NULL REFERENCES keys (id) ON DELETE CASCADE,
     version INTEGER NOT NULL,
     ciphertext TEXT NOT NULL,
     masked TEXT NOT NULL,
     fingerprint TEXT NOT NULL,
     created_at TEXT NOT NULL,
     retired_at TEXT NOT NULL,
     PRIMARY KEY (key_id, version)
   );
   CREATE INDEX key_versions_fingerprint ON key_versions (fingerprint);
   CREATE TABLE audit_log (
     seq INTEGER PRIMARY KEY,
     ts TEXT NOT NULL,
     action TEXT NOT NULL,
     key_name TEXT,
     actor TEXT NOT NULL,
     detail TEXT NOT NULL DEFAULT '',
     mac TEXT NOT NULL
   );`,
  // Row MACs (integrity.ts). From here on the masked column holds the mask sealed like a value,
  // never in clear; the keyed part of this upgrade runs once the master key is known (upgrade.ts).
  `ALTER TABLE keys ADD COLUMN mac TEXT NOT NULL DEFAULT '';
   ALTER TABLE key_versions ADD COLUMN mac TEXT NOT NULL DEFAULT '';`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function hasMetaTable(db: Database): boolean {
  return one(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`) !== undefined;
}

export function readSchemaVersion(db: Database): number {
  if (!hasMetaTable(db)) return 0;
  const row = one<{ value: string }>(db, `SELECT value FROM meta WHERE key = 'schema_version'`);
  return row ? Number(row.value) : 0;
}

/** Brings a freshly created (version 0) or older vault up to SCHEMA_VERSION. */
export function migrate(db: Database): void {
  const from = readSchemaVersion(db);
  if (from > SCHEMA_VERSION) {
    throw new KeywardError(
      `This vault uses schema version ${from}; this Keyward understands up to ${SCHEMA_VERSION}. Update Keyward.`,
      'vault-newer',
    );
  }
  if (from === SCHEMA_VERSION) return;
  try {
    transaction(db, () => {
      for (let version = from; version < SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version]);
      run(db, `INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)`, [String(SCHEMA_VERSION)]);
    });
  } catch {
    // The tables do not match the version the file states: edited by hand, or damaged.
    throw new KeywardError(
      `This vault's tables do not match its schema version ${from}; it was altered outside Keyward. It was left untouched.`,
      'vault-corrupt',
    );
  }
}
