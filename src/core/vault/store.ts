import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database, SqlJsStatic } from 'sql.js';
import { deriveVaultKeys, type VaultKeys } from '../crypto/subkeys';
import { KeywardError } from '../errors';
import { nodeFileSystem, type FileSystem } from '../files/fileSystem';
import { saveVaultFile } from './atomicSave';
import { appendAudit, type AuditEvent } from './audit';
import { Checkpoint } from './checkpoint';
import { acquireLock } from './lock';
import { checkIntegrity, sealMeta, type IntegrityReport } from './integrity';
import { loadVault, type LoadedVault } from './load';
import { APP_ID, migrate } from './schema';
import { valueAad } from './sealing';
import { run, transaction } from './sqlite';
import {
  currentIdentity,
  lockPath,
  readVaultBytes,
  removeStaleTemps,
  resolveVaultTarget,
  sameIdentity,
  vaultExists,
  type VaultIdentity,
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
  /** The file operations of loading and saving; the fault-injection tests pass a failing one. */
  fileSystem?: FileSystem;
  /**
   * Set (to the reason, shown to the user) when this copy must never write: no change, no audited
   * reveal, not even the lock file. The extension opens vaults so in an untrusted workspace.
   */
  readOnly?: string;
}

/**
 * The vault file and its in-memory copy. Reads see the copy; every change runs under the vault
 * lock against the latest file on disk (reloading when another process saved since), so
 * concurrent writers never overwrite each other, and is saved atomically and verified.
 */
export class VaultStore {
  /** Bumped whenever the in-memory copy changes, so derived caches know when to rebuild. */
  generation = 0;

  /** The master key this copy is sealed with; replaced by `commitRekey`. */
  private master: Buffer;
  /** Serialises this process's changes before they queue for the file lock. */
  private queue: Promise<void> = Promise.resolve();
  /** Rows and metadata of the file as loaded that fail their MAC; Keyward never re-MACs them. */
  integrity: IntegrityReport = { keys: new Set(), versions: new Set(), meta: false };

  private constructor(
    readonly options: VaultOptions,
    private database: Database,
    private id: string,
    private subkeys: VaultKeys,
    private identity: VaultIdentity | undefined,
  ) {
    this.master = options.masterKey;
  }

  /** `vaultId` may be chosen by the caller, so the master key can be stored under it first. */
  static async create(options: VaultOptions, vaultId: string = randomUUID()): Promise<VaultStore> {
    if (options.readOnly !== undefined) throw new KeywardError(options.readOnly, 'refused', 1);
    const fs = options.fileSystem ?? nodeFileSystem;
    mkdirSync(path.dirname(options.path), { recursive: true });
    const target = resolveVaultTarget(options.path, fs);
    const release = await acquireLock(lockPath(target), { timeoutMs: options.lockTimeoutMs });
    try {
      if (vaultExists(target, fs)) {
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
      sealMeta(db, keys.records);
      const store = new VaultStore(options, db, vaultId, keys, undefined);
      store.audit({ action: 'vault-create' });
      store.save(false);
      return store;
    } finally {
      release();
    }
  }

  static open(options: VaultOptions): VaultStore {
    const { bytes, identity } = readVaultBytes(options.path, options.fileSystem);
    const loaded = loadVault(options.sql, bytes, options.path, options.masterKey);
    const store = new VaultStore(options, loaded.db, loaded.vaultId, loaded.keys, identity);
    store.adopt(loaded);
    return store;
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
    return valueAad(this.id, recordId, version);
  }

  audit(event: AuditEvent): void {
    appendAudit(this.database, this.subkeys.audit, this.options.actor, event, this.now());
  }

  /** Re-reads the file if another process saved since this copy was loaded. */
  refresh(): boolean {
    if (sameIdentity(currentIdentity(this.options.path, this.fs), this.identity)) return false;
    this.reload();
    return true;
  }

  /**
   * The one way state changes: lock, catch up with the file, apply `work` and its audit entry
   * in one transaction, save. If saving fails the in-memory copy is rebuilt from disk, so memory
   * never claims a change the file does not have. `erase` also VACUUMs and replaces the backup,
   * for deletions that must leave no trace.
   */
  async mutate<T>(event: AuditEvent | undefined, work: () => T, { erase = false } = {}): Promise<T> {
    return this.exclusive(() =>
      this.commit(() => {
        const value = work();
        if (event) this.audit(event);
        return value;
      }, erase),
    );
  }

  /**
   * Runs `work` holding the vault lock, after catching up with the file on disk. Changes made of
   * several saves (master-key rotation) call `commit` and `checkpoint` inside it.
   */
  async exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    this.assertWritable();
    const previous = this.queue;
    let done!: () => void;
    this.queue = new Promise((resolve) => (done = resolve));
    try {
      await previous;
      const target = this.target();
      const release = await acquireLock(lockPath(target), { timeoutMs: this.options.lockTimeoutMs });
      try {
        removeStaleTemps(target, this.fs);
        if (!sameIdentity(currentIdentity(target, this.fs), this.identity)) this.reload();
        return await work();
      } finally {
        release();
      }
    } finally {
      done();
    }
  }

  /** Applies and saves one change; only inside `exclusive`. */
  commit<T>(apply: () => T, erase: boolean): T {
    const result = transaction(this.database, apply);
    this.generation++;
    this.save(erase);
    return result;
  }

  /**
   * Master-key rotation's one save (inside `exclusive`): `work` re-seals everything under the next
   * keys and returns the hand-over event, chained with the next audit key. Like an erasure it
   * VACUUMs and replaces the backup, so no copy sealed with the old key stays behind. Only once
   * the file is saved does this copy switch keys.
   */
  commitRekey(next: Buffer, work: (nextKeys: VaultKeys) => AuditEvent): void {
    const nextKeys = deriveVaultKeys(next, this.id);
    this.commit(() => {
      const event = work(nextKeys);
      appendAudit(this.database, nextKeys.audit, this.options.actor, event, this.now());
    }, true);
    this.master = next;
    this.subkeys = nextKeys;
    this.integrity = checkIntegrity(this.database, nextKeys.records);
  }

  /** The vault and backup as they are now, to roll back to (inside `exclusive`). */
  checkpoint(): Checkpoint {
    return Checkpoint.take(this.fs, this.target());
  }

  /** Rolls the files back to `checkpoint` and this copy with them (inside `exclusive`). */
  restore(checkpoint: Checkpoint): void {
    checkpoint.restore();
    this.reload();
  }

  /** Refuses, before anything is touched, when this copy was opened read-only. */
  assertWritable(): void {
    if (this.options.readOnly !== undefined) throw new KeywardError(this.options.readOnly, 'refused', 1);
  }

  /** A fresh copy read from the file on disk now, with the current master key (to verify a save). */
  readBack(): VaultStore {
    return VaultStore.open({ ...this.options, masterKey: this.master });
  }

  close(): void {
    this.database.close();
  }

  private get fs(): FileSystem {
    return this.options.fileSystem ?? nodeFileSystem;
  }

  private target(): string {
    return resolveVaultTarget(this.options.path, this.fs);
  }

  /**
   * Stamps the header with a fresh random save nonce, exports and saves. On failure the file
   * layer has put the previous files back; memory follows them.
   */
  private save(erase: boolean): void {
    try {
      if (erase) this.database.exec('VACUUM');
      this.database.exec(`PRAGMA user_version = ${randomInt(1, 2 ** 31 - 1)}`);
      this.identity = saveVaultFile(this.target(), this.database.export(), {
        backup: erase ? 'current' : 'previous',
        fs: this.fs,
      });
    } catch (error) {
      this.recoverFromDisk();
      throw error;
    }
  }

  /** After a failed save: reload what the file holds, or mark this copy stale so the next change reloads. */
  private recoverFromDisk(): void {
    try {
      this.reload();
    } catch {
      this.identity = undefined;
    }
  }

  private reload(): void {
    const { bytes, identity } = readVaultBytes(this.options.path, this.options.fileSystem);
    const loaded = loadVault(this.options.sql, bytes, this.options.path, this.master);
    this.database.close();
    this.database = loaded.db;
    this.id = loaded.vaultId;
    this.subkeys = loaded.keys;
    this.identity = identity;
    this.adopt(loaded);
    this.generation++;
  }

  private adopt(loaded: LoadedVault): void {
    this.integrity = loaded.integrity;
    if (loaded.upgraded)
      this.audit({ action: 'vault-upgrade', detail: 'key rows and metadata authenticated, masks sealed (schema 2)' });
  }
}
