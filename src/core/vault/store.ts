import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database, SqlJsStatic } from 'sql.js';
import { deriveVaultKeys, type VaultKeys } from '../crypto/subkeys';
import { KeywardError } from '../errors';
import { appendAudit, type AuditEvent } from './audit';
import { acquireLock } from './lock';
import { loadVault } from './load';
import { APP_ID, migrate } from './schema';
import { run, transaction } from './sqlite';
import {
  identityOf,
  lockPath,
  readVaultBytes,
  removeStaleTemps,
  sameIdentity,
  writeVaultAtomically,
  type FileIdentity,
} from './vaultFile';

export interface VaultOptions {
  sql: SqlJsStatic;
  path: string;
  masterKey: Buffer;
  /** Who acts, for the audit log, e.g. `alice (keyward-cli)`. */
  actor: string;
  now?: () => Date;
  lockTimeoutMs?: number;
  /** Asked before any value is decrypted for use; throws to refuse (the extension's reveal rate limit). */
  beforeReveal?: (names: string[], purpose: string) => Promise<void>;
}

/**
 * The vault file and its in-memory copy. Reads see the copy; every change runs under the vault
 * lock against the latest file on disk (reloading when another process saved since), so
 * concurrent writers never overwrite each other, and is saved atomically.
 */
export class VaultStore {
  /** Bumped whenever the in-memory copy changes, so derived caches know when to rebuild. */
  generation = 0;

  /** The master key this copy is sealed with; replaced by `rekey`. */
  private master: Buffer;

  private constructor(
    readonly options: VaultOptions,
    private database: Database,
    private id: string,
    private subkeys: VaultKeys,
    private identity: FileIdentity | undefined,
  ) {
    this.master = options.masterKey;
  }

  /** `vaultId` may be chosen by the caller, so the master key can be stored under it first. */
  static async create(options: VaultOptions, vaultId: string = randomUUID()): Promise<VaultStore> {
    mkdirSync(path.dirname(options.path), { recursive: true });
    const release = await acquireLock(lockPath(options.path), { timeoutMs: options.lockTimeoutMs });
    try {
      if (identityOf(options.path)) {
        throw new KeywardError(`A vault already exists at ${options.path}; it was left as it is.`, 'vault-exists', 1);
      }
      const db = new options.sql.Database();
      migrate(db);
      const keys = deriveVaultKeys(options.masterKey, vaultId);
      const at = (options.now?.() ?? new Date()).toISOString();
      const meta = {
        app: APP_ID,
        vault_id: vaultId,
        created_at: at,
        key_check: keys.checkValue,
        key_id: keys.keyId,
        master_key_created_at: at,
      };
      for (const [key, value] of Object.entries(meta))
        run(db, 'INSERT INTO meta (key, value) VALUES (?, ?)', [key, value]);
      const store = new VaultStore(options, db, vaultId, keys, undefined);
      store.audit({ action: 'vault-create' });
      store.identity = writeVaultAtomically(options.path, db.export(), { backup: 'previous' });
      return store;
    } finally {
      release();
    }
  }

  static open(options: VaultOptions): VaultStore {
    const { bytes, identity } = readVaultBytes(options.path);
    const loaded = loadVault(options.sql, bytes, options.path, options.masterKey);
    return new VaultStore(options, loaded.db, loaded.vaultId, loaded.keys, identity);
  }

  get db(): Database {
    return this.database;
  }

  get vaultId(): string {
    return this.id;
  }

  get keys(): VaultKeys {
    return this.subkeys;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Associated data of a sealed value: which vault, record and version it belongs to. */
  aad(recordId: string, version: number): string {
    return `keyward/v1|${this.id}|${recordId}|${version}`;
  }

  audit(event: AuditEvent): void {
    appendAudit(this.database, this.subkeys.audit, this.options.actor, event, this.now());
  }

  /** Re-reads the file if another process saved since this copy was loaded. */
  refresh(): boolean {
    if (sameIdentity(identityOf(this.options.path), this.identity)) return false;
    this.reload();
    return true;
  }

  /**
   * The one way state changes: lock, catch up with the file, apply `work` and its audit entry
   * in one transaction, save atomically. If saving fails the in-memory copy is rebuilt from
   * disk, so memory never claims a change the file does not have. `erase` also VACUUMs and
   * replaces the backup, for deletions that must leave no trace.
   */
  async mutate<T>(event: AuditEvent | undefined, work: () => T, { erase = false } = {}): Promise<T> {
    return this.commit(() => {
      const value = work();
      if (event) this.audit(event);
      return value;
    }, erase);
  }

  /**
   * Master-key rotation's one save: `work` re-seals everything under `nextKeys` and returns the
   * hand-over event, which is chained with the next audit key. Like an erasure it VACUUMs and replaces the backup, so no
   * copy sealed with the old key stays behind. Only once the file is saved does this copy switch keys.
   */
  async rekey(next: Buffer, work: (nextKeys: VaultKeys) => AuditEvent): Promise<void> {
    const nextKeys = deriveVaultKeys(next, this.id);
    await this.commit(() => {
      const event = work(nextKeys);
      appendAudit(this.database, nextKeys.audit, this.options.actor, event, this.now());
    }, true);
    this.master = next;
    this.subkeys = nextKeys;
  }

  private async commit<T>(apply: () => T, erase: boolean): Promise<T> {
    const release = await acquireLock(lockPath(this.options.path), { timeoutMs: this.options.lockTimeoutMs });
    try {
      removeStaleTemps(this.options.path);
      if (!sameIdentity(identityOf(this.options.path), this.identity)) this.reload();
      const result = transaction(this.database, apply);
      this.generation++;
      if (erase) this.database.exec('VACUUM');
      try {
        this.identity = writeVaultAtomically(this.options.path, this.database.export(), {
          backup: erase ? 'current' : 'previous',
        });
      } catch (error) {
        this.reload();
        throw new KeywardError(`Could not save the vault: ${(error as Error).message}. Nothing was changed.`, 'io');
      }
      return result;
    } finally {
      release();
    }
  }

  close(): void {
    this.database.close();
  }

  private reload(): void {
    const { bytes, identity } = readVaultBytes(this.options.path);
    const loaded = loadVault(this.options.sql, bytes, this.options.path, this.master);
    this.database.close();
    this.database = loaded.db;
    this.id = loaded.vaultId;
    this.subkeys = loaded.keys;
    this.identity = identity;
    this.generation++;
  }
}
