import { createHmac } from 'node:crypto';
import type { Database, SqlValue } from 'sql.js';
import { one, run, runMany } from './sqlite';

/**
 * Keyed MACs over what gives a stored value its meaning: each key row (name, environment,
 * status, provider, dates, notes, version, fingerprint), each older version, and the vault's
 * dated metadata. Without the master key an edit with sqlite3 (say, swapping two keys' names so
 * that `vault run` hands one key to the other's variable) cannot be made to verify; it is found
 * when the vault is opened, and the row is then refused like a value that fails to decrypt.
 * Ciphertexts and sealed masks are not covered: their AEAD already binds them to their record
 * and version.
 *
 * A row's MAC input is its columns in an unambiguous form (`|-` for NULL, `|n<integer>`,
 * `|s<UTF-8 byte length>:<text>`). SQLite builds it for every row in one query, so checking ten
 * thousand rows on open costs one statement rather than ten thousand steps.
 */
interface Table {
  kind: 'key' | 'version';
  table: string;
  columns: readonly string[];
  integers: ReadonlySet<string>;
  /** SQL for the row's identity as reported: `id`, or `key_id:version`. */
  identity: string;
  where: string;
}

const KEYS: Table = {
  kind: 'key',
  table: 'keys',
  columns: [
    'id',
    'name',
    'provider',
    'environment',
    'version',
    'created_at',
    'updated_at',
    'last_rotated_at',
    'rotation_days',
    'status',
    'notes',
    'fingerprint',
  ],
  integers: new Set(['version', 'rotation_days']),
  identity: 'id',
  where: 'id = ?',
};

const VERSIONS: Table = {
  kind: 'version',
  table: 'key_versions',
  columns: ['key_id', 'version', 'fingerprint', 'created_at', 'retired_at'],
  integers: new Set(['version']),
  identity: `key_id || ':' || version`,
  where: 'key_id = ? AND version = ?',
};

/** Metadata whose change alters what the vault says about itself; the rest is keyed or checked otherwise. */
const AUTHENTICATED_META = ['vault_id', 'created_at', 'master_key_created_at', 'key_id', 'retired_key_ids'] as const;

export interface IntegrityReport {
  /** Ids of key rows altered outside Keyward (or without a MAC). */
  keys: Set<string>;
  /** `keyId:version` of altered older versions. */
  versions: Set<string>;
  /** Whether the authenticated metadata was altered. */
  meta: boolean;
}

function encodedSql(t: Table): string {
  return t.columns
    .map((c) =>
      t.integers.has(c)
        ? `CASE WHEN ${c} IS NULL THEN '|-' ELSE '|n' || ${c} END`
        : `CASE WHEN ${c} IS NULL THEN '|-' ELSE '|s' || length(CAST(${c} AS BLOB)) || ':' || ${c} END`,
    )
    .join(' || ');
}

/** The same encoding in JS, for rows Keyward is about to insert. */
function encoded(values: readonly SqlValue[], integers: readonly boolean[]): Buffer {
  let text = '';
  values.forEach((value, i) => {
    if (value === null) text += '|-';
    else if (integers[i]) text += `|n${String(value)}`;
    else text += `|s${Buffer.byteLength(String(value), 'utf8')}:${String(value)}`;
  });
  return Buffer.from(text, 'utf8');
}

function macOf(key: Buffer, kind: string, bytes: Buffer): string {
  return createHmac('sha256', key).update(kind).update(bytes).digest('hex');
}

/** The MAC of a key row about to be inserted, from its SQL column values. */
export function keyMac(key: Buffer, row: Record<string, SqlValue>): string {
  return macOf(
    key,
    KEYS.kind,
    encoded(
      KEYS.columns.map((c) => row[c]),
      KEYS.columns.map((c) => KEYS.integers.has(c)),
    ),
  );
}

interface EncodedRow {
  rowid: number;
  identity: string;
  mac: string;
  columns: Buffer;
}

/** Each row's rowid, identity, stored MAC and encoded columns, from one query (hex keeps the separators unambiguous). */
function encodedRows(db: Database, t: Table, where = '', params: SqlValue[] = []): EncodedRow[] {
  const text = one<{ rows: string | null }>(
    db,
    `SELECT group_concat(rowid || ',' || hex(${t.identity}) || ',' || hex(mac) || ',' || hex(${encodedSql(t)}), ';') AS rows
     FROM ${t.table}${where}`,
    params,
  )?.rows;
  if (!text) return [];
  return text.split(';').map((row) => {
    const [rowid, identity, mac, columns] = row.split(',');
    return {
      rowid: Number(rowid),
      identity: Buffer.from(identity, 'hex').toString('utf8'),
      mac: Buffer.from(mac, 'hex').toString('utf8'),
      columns: Buffer.from(columns, 'hex'),
    };
  });
}

function altered(db: Database, key: Buffer, t: Table): Set<string> {
  const found = new Set<string>();
  for (const row of encodedRows(db, t)) if (macOf(key, t.kind, row.columns) !== row.mac) found.add(row.identity);
  return found;
}

/** MACs rows Keyward just wrote (every row of the table when `match` is omitted). Never for a row that failed its check. */
function seal(db: Database, key: Buffer, t: Table, match?: SqlValue[]): void {
  runMany(
    db,
    `UPDATE ${t.table} SET mac = ? WHERE rowid = ?`,
    encodedRows(db, t, match ? ` WHERE ${t.where}` : '', match).map((row) => [
      macOf(key, t.kind, row.columns),
      row.rowid,
    ]),
  );
}

export function sealKeyRows(db: Database, key: Buffer, id?: string): void {
  seal(db, key, KEYS, id === undefined ? undefined : [id]);
}

export function sealVersionRows(db: Database, key: Buffer, keyId?: string, version?: number): void {
  seal(db, key, VERSIONS, keyId === undefined ? undefined : [keyId, version ?? 0]);
}

function metaMac(db: Database, key: Buffer): string {
  const values = AUTHENTICATED_META.map(
    (name) => one<{ value: string }>(db, 'SELECT value FROM meta WHERE key = ?', [name])?.value ?? null,
  );
  return macOf(
    key,
    'meta',
    encoded(
      values,
      values.map(() => false),
    ),
  );
}

/** Re-MACs the metadata after Keyward changed it. */
export function sealMeta(db: Database, key: Buffer): void {
  run(db, `INSERT OR REPLACE INTO meta (key, value) VALUES ('meta_mac', ?)`, [metaMac(db, key)]);
}

/** Re-MACs every row and the metadata: only for the upgrade of an old vault and master-key rotation. */
export function sealEverything(db: Database, key: Buffer): void {
  sealKeyRows(db, key);
  sealVersionRows(db, key);
  sealMeta(db, key);
}

export function checkIntegrity(db: Database, key: Buffer): IntegrityReport {
  const stored = one<{ value: string }>(db, `SELECT value FROM meta WHERE key = 'meta_mac'`)?.value;
  return { keys: altered(db, key, KEYS), versions: altered(db, key, VERSIONS), meta: stored !== metaMac(db, key) };
}

export function isIntact(report: IntegrityReport): boolean {
  return report.keys.size === 0 && report.versions.size === 0 && !report.meta;
}
