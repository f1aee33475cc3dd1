import type { Database } from 'sql.js';
import { keyMac, sealKeyRows, sealVersionRows } from './integrity';
import { all, one, run, runMany } from './sqlite';

export type KeyStatus = 'active' | 'compromised' | 'retired';

/** Everything about a key that may be shown: the value only in masked form. */
export interface KeySummary {
  id: string;
  name: string;
  provider: string | null;
  environment: string;
  masked: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  lastRotatedAt: string | null;
  rotationDays: number | null;
  status: KeyStatus;
  notes: string | null;
  /** The row was changed outside Keyward (its MAC fails): its value is refused until it is restored. */
  altered?: boolean;
}

/** A key's metadata as stored; the mask still sealed. */
export type KeyRow = Omit<KeySummary, 'masked' | 'altered'> & { sealedMask: string };

/** A stored row, ciphertext included; stays inside the core. */
export interface KeyRecord extends KeyRow {
  ciphertext: string;
  fingerprint: string;
}

const ROW_COLUMNS = `id, name, provider, environment, masked, version, created_at, updated_at,
  last_rotated_at, rotation_days, status, notes`;
const COLUMNS = `${ROW_COLUMNS}, ciphertext, fingerprint`;

interface SqlRow {
  id: string;
  name: string;
  provider: string | null;
  environment: string;
  masked: string;
  version: number;
  created_at: string;
  updated_at: string;
  last_rotated_at: string | null;
  rotation_days: number | null;
  status: KeyStatus;
  notes: string | null;
  ciphertext: string;
  fingerprint: string;
}

function fromSql(r: Omit<SqlRow, 'ciphertext' | 'fingerprint'>): KeyRow {
  return {
    id: r.id,
    name: r.name,
    provider: r.provider,
    environment: r.environment,
    sealedMask: r.masked,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastRotatedAt: r.last_rotated_at,
    rotationDays: r.rotation_days,
    status: r.status,
    notes: r.notes,
  };
}

export function findKey(db: Database, name: string): KeyRecord | undefined {
  const row = one<SqlRow>(db, `SELECT ${COLUMNS} FROM keys WHERE name = ?`, [name]);
  return row && { ...fromSql(row), ciphertext: row.ciphertext, fingerprint: row.fingerprint };
}

/** Listing reads no ciphertext: copying it out of SQLite would be most of the cost. */
export function listKeys(db: Database): KeyRow[] {
  return all<SqlRow>(db, `SELECT ${ROW_COLUMNS} FROM keys ORDER BY environment, name`).map(fromSql);
}

export function keyNames(db: Database): Set<string> {
  return new Set(all<{ name: string }>(db, 'SELECT name FROM keys').map((r) => r.name));
}

export function insertKeys(db: Database, macKey: Buffer, records: KeyRecord[]): void {
  runMany(
    db,
    `INSERT INTO keys (${COLUMNS}, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    records.map((k) => {
      const row = {
        id: k.id,
        name: k.name,
        provider: k.provider,
        environment: k.environment,
        masked: k.sealedMask,
        version: k.version,
        created_at: k.createdAt,
        updated_at: k.updatedAt,
        last_rotated_at: k.lastRotatedAt,
        rotation_days: k.rotationDays,
        status: k.status,
        notes: k.notes,
        ciphertext: k.ciphertext,
        fingerprint: k.fingerprint,
      };
      return [...Object.values(row), keyMac(macKey, row)];
    }),
  );
}

/** Deletes the key and every older version; callers VACUUM so no freed page keeps the ciphertext. */
export function deleteKey(db: Database, id: string): void {
  run(db, 'DELETE FROM key_versions WHERE key_id = ?', [id]);
  run(db, 'DELETE FROM keys WHERE id = ?', [id]);
}

/** Names of keys (current or older versions) whose keyed fingerprint matches. */
export function namesByFingerprint(db: Database, fingerprint: string): string[] {
  return all<{ name: string }>(
    db,
    `SELECT name FROM keys WHERE fingerprint = ?
     UNION SELECT k.name FROM key_versions v JOIN keys k ON k.id = v.key_id WHERE v.fingerprint = ?`,
    [fingerprint, fingerprint],
  ).map((r) => r.name);
}

export interface KeyVersionRow {
  version: number;
  ciphertext: string;
  /** Sealed, like the current value's mask. */
  masked: string;
  fingerprint: string;
  created_at: string;
  retired_at: string;
}

export function listVersions(db: Database, keyId: string): KeyVersionRow[] {
  return all<KeyVersionRow>(
    db,
    'SELECT version, ciphertext, masked, fingerprint, created_at, retired_at FROM key_versions WHERE key_id = ? ORDER BY version DESC',
    [keyId],
  );
}

/** Files the key's current value under its version number before a new one replaces it. */
export function archiveCurrent(db: Database, macKey: Buffer, k: KeyRecord, retiredAt: string): void {
  run(
    db,
    'INSERT INTO key_versions (key_id, version, ciphertext, masked, fingerprint, created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [k.id, k.version, k.ciphertext, k.sealedMask, k.fingerprint, k.lastRotatedAt ?? k.createdAt, retiredAt],
  );
  sealVersionRows(db, macKey, k.id, k.version);
}

export function replaceValue(
  db: Database,
  macKey: Buffer,
  keyId: string,
  v: { ciphertext: string; masked: string; fingerprint: string; version: number; at: string },
): void {
  run(
    db,
    'UPDATE keys SET ciphertext = ?, masked = ?, fingerprint = ?, version = ?, updated_at = ?, last_rotated_at = ? WHERE id = ?',
    [v.ciphertext, v.masked, v.fingerprint, v.version, v.at, v.at, keyId],
  );
  sealKeyRows(db, macKey, keyId);
}

export type EditableColumn = 'name' | 'rotation_days' | 'status' | 'notes' | 'environment' | 'provider';

export function updateColumn(
  db: Database,
  macKey: Buffer,
  keyId: string,
  column: EditableColumn,
  value: string | number | null,
  at: string,
): void {
  run(db, `UPDATE keys SET ${column} = ?, updated_at = ? WHERE id = ?`, [value, at, keyId]);
  sealKeyRows(db, macKey, keyId);
}

/** Fingerprint → key name, for every current and older value. */
export function fingerprintIndex(db: Database): Map<string, string> {
  const rows = all<{ fingerprint: string; name: string }>(
    db,
    'SELECT fingerprint, name FROM keys UNION ALL SELECT v.fingerprint, k.name FROM key_versions v JOIN keys k ON k.id = v.key_id',
  );
  return new Map(rows.map((r) => [r.fingerprint, r.name]));
}
