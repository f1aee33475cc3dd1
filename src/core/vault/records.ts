import type { Database } from 'sql.js';
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
}

/** A stored row, ciphertext included; stays inside the core. */
export interface KeyRecord extends KeySummary {
  ciphertext: string;
  fingerprint: string;
}

const SUMMARY_COLUMNS = `id, name, provider, environment, masked, version, created_at, updated_at,
  last_rotated_at, rotation_days, status, notes`;
const COLUMNS = `${SUMMARY_COLUMNS}, ciphertext, fingerprint`;

interface SummaryRow {
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
}

interface KeyRow extends SummaryRow {
  ciphertext: string;
  fingerprint: string;
}

function fromSummaryRow(r: SummaryRow): KeySummary {
  return {
    id: r.id,
    name: r.name,
    provider: r.provider,
    environment: r.environment,
    masked: r.masked,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastRotatedAt: r.last_rotated_at,
    rotationDays: r.rotation_days,
    status: r.status,
    notes: r.notes,
  };
}

function toRecord(r: KeyRow): KeyRecord {
  return { ...fromSummaryRow(r), ciphertext: r.ciphertext, fingerprint: r.fingerprint };
}

export function toSummary(record: KeyRecord): KeySummary {
  const { ciphertext, fingerprint, ...summary } = record;
  return summary;
}

export function findKey(db: Database, name: string): KeyRecord | undefined {
  const row = one<KeyRow>(db, `SELECT ${COLUMNS} FROM keys WHERE name = ?`, [name]);
  return row && toRecord(row);
}

/** Listing reads no ciphertext: copying it out of SQLite would be most of the cost. */
export function listKeys(db: Database): KeySummary[] {
  return all<SummaryRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM keys ORDER BY environment, name`).map(fromSummaryRow);
}

export function keyNames(db: Database): Set<string> {
  return new Set(all<{ name: string }>(db, 'SELECT name FROM keys').map((r) => r.name));
}

export function insertKeys(db: Database, records: KeyRecord[]): void {
  runMany(
    db,
    `INSERT INTO keys (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    records.map((k) => [
      k.id,
      k.name,
      k.provider,
      k.environment,
      k.masked,
      k.version,
      k.createdAt,
      k.updatedAt,
      k.lastRotatedAt,
      k.rotationDays,
      k.status,
      k.notes,
      k.ciphertext,
      k.fingerprint,
    ]),
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
export function archiveCurrent(db: Database, k: KeyRecord, retiredAt: string): void {
  run(
    db,
    'INSERT INTO key_versions (key_id, version, ciphertext, masked, fingerprint, created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [k.id, k.version, k.ciphertext, k.masked, k.fingerprint, k.lastRotatedAt ?? k.createdAt, retiredAt],
  );
}

export function replaceValue(
  db: Database,
  keyId: string,
  v: { ciphertext: string; masked: string; fingerprint: string; version: number; at: string },
): void {
  run(
    db,
    'UPDATE keys SET ciphertext = ?, masked = ?, fingerprint = ?, version = ?, updated_at = ?, last_rotated_at = ? WHERE id = ?',
    [v.ciphertext, v.masked, v.fingerprint, v.version, v.at, v.at, keyId],
  );
}

export type EditableColumn = 'name' | 'rotation_days' | 'status' | 'notes' | 'environment' | 'provider';

export function updateColumn(
  db: Database,
  keyId: string,
  column: EditableColumn,
  value: string | number | null,
  at: string,
): void {
  run(db, `UPDATE keys SET ${column} = ?, updated_at = ? WHERE id = ?`, [value, at, keyId]);
}

/** Fingerprint → key name, for every current and older value. */
export function fingerprintIndex(db: Database): Map<string, string> {
  const rows = all<{ fingerprint: string; name: string }>(
    db,
    'SELECT fingerprint, name FROM keys UNION ALL SELECT v.fingerprint, k.name FROM key_versions v JOIN keys k ON k.id = v.key_id',
  );
  return new Map(rows.map((r) => [r.fingerprint, r.name]));
}
