import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database, SqlJsStatic } from 'sql.js';
import { open as openEnvelope, seal } from '../crypto/envelope';
import { deriveVaultKeys, fingerprintValue, type VaultKeys } from '../crypto/subkeys';
import { KeywardError } from '../errors';
import { maskSecret } from '../mask';
import { appendAudit, listAudit, type AuditEntry, type AuditEvent } from './audit';
import { parseInput, NewKeySchema, type NewKey } from './inputs';
import { acquireLock } from './lock';
import { loadVault, readMeta } from './load';
import { deleteKey, findKey, insertKeys, keyNames, listKeys, namesByFingerprint, toSummary, type KeyRecord, type KeySummary } from './records';
import { APP_ID, migrate } from './schema';
import { run, transaction } from './sqlite';
import { identityOf, lockPath, readVaultBytes, removeStaleTemps, sameIdentity, writeVaultAtomically, type FileIdentity } from './vaultFile';

export interface VaultOptions {
  sql: SqlJsStatic;
  path: string;
  masterKey: Buffer;
  /** Who acts, for the audit log, e.g. `alice (keyward-cli)`. */
  actor: string;
  now?: () => Date;
  lockTimeoutMs?: number;
}

/**
 * The encrypted key store. Reads come from the in-memory copy; every change runs under the
 * vault lock against the latest file on disk (reloading when another process saved since),
 * so concurrent writers never overwrite each other. Values leave only through `reveal*`.
 */
export class Vault {
  private constructor(
    private readonly options: VaultOptions,
    private db: Database,
    private vaultId: string,
    private keys: VaultKeys,
    private identity: FileIdentity | undefined,
  ) {}

  static async create(options: VaultOptions): Promise<Vault> {
    mkdirSync(path.dirname(options.path), { recursive: true });
    const release = await acquireLock(lockPath(options.path), { timeoutMs: options.lockTimeoutMs });
    try {
      if (identityOf(options.path)) {
        throw new KeywardError(`A vault already exists at ${options.path}; it was left as it is.`, 'vault-exists', 1);
      }
      const db = new options.sql.Database();
      migrate(db);
      const vaultId = randomUUID();
      const keys = deriveVaultKeys(options.masterKey, vaultId);
      const now = (options.now ?? (() => new Date()))();
      const meta = { app: APP_ID, vault_id: vaultId, created_at: now.toISOString(), key_check: keys.checkValue, key_id: keys.keyId, master_key_created_at: now.toISOString() };
      for (const [key, value] of Object.entries(meta)) run(db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [key, value]);
      appendAudit(db, keys.audit, options.actor, { action: 'vault-create' }, now);
      const identity = writeVaultAtomically(options.path, db.export(), { backup: 'previous' });
      return new Vault(options, db, vaultId, keys, identity);
    } finally {
      release();
    }
  }

  static open(options: VaultOptions): Vault {
    const { bytes, identity } = readVaultBytes(options.path);
    const loaded = loadVault(options.sql, bytes, options.path, options.masterKey);
    return new Vault(options, loaded.db, loaded.vaultId, loaded.keys, identity);
  }

  get id(): string {
    return this.vaultId;
  }

  get keyId(): string {
    return this.keys.keyId;
  }

  meta(key: string): string | undefined {
    return readMeta(this.db, key);
  }

  list(): KeySummary[] {
    return listKeys(this.db);
  }

  get(name: string): KeySummary {
    return toSummary(this.record(name));
  }

  auditLog(): AuditEntry[] {
    return listAudit(this.db);
  }

  /** Names of stored keys (any version) whose value equals `candidate`, without decrypting anything. */
  recognise(candidate: string): string[] {
    return namesByFingerprint(this.db, fingerprintValue(this.keys, candidate));
  }

  /** Re-reads the file if another process saved since this copy was loaded. */
  refresh(): boolean {
    if (sameIdentity(identityOf(this.options.path), this.identity)) return false;
    this.reload();
    return true;
  }

  async add(input: NewKey): Promise<KeySummary> {
    const [summary] = await this.addMany([input]);
    return summary;
  }

  /** Adds several keys in one transaction and one save: all of them or none. */
  async addMany(inputs: NewKey[]): Promise<KeySummary[]> {
    const keys = inputs.map((input) => parseInput(NewKeySchema, input, 'key'));
    const names = keys.map((k) => k.name);
    const detail = keys.length === 1 ? (keys[0].provider ? `provider ${keys[0].provider}` : '') : `${keys.length} keys`;
    return this.mutate({ action: 'key-add', keyName: keys.length === 1 ? names[0] : undefined, detail }, () => {
      const taken = keyNames(this.db);
      const at = this.now().toISOString();
      const records = keys.map((key): KeyRecord => {
        if (taken.has(key.name)) throw new KeywardError(`A key named ${key.name} already exists.`, 'key-exists', 1);
        taken.add(key.name);
        const id = randomUUID();
        return {
          id, name: key.name, provider: key.provider ?? null, environment: key.environment,
          ciphertext: seal(this.keys.encryption, key.value, this.aad(id, 1)),
          masked: maskSecret(key.value), fingerprint: fingerprintValue(this.keys, key.value), version: 1,
          createdAt: at, updatedAt: at, lastRotatedAt: null, rotationDays: key.rotationDays ?? null,
          status: 'active', notes: key.notes ?? null,
        };
      });
      insertKeys(this.db, records);
      return records.map(toSummary);
    });
  }

  /** Deletes a key and all its versions for good: secure_delete zeroes freed pages, VACUUM drops them. */
  async remove(name: string): Promise<void> {
    await this.mutate({ action: 'key-delete', keyName: name }, () => {
      run(this.db, 'PRAGMA secure_delete = ON');
      deleteKey(this.db, this.record(name).id);
    }, { erase: true });
  }

  /** Decrypts one key for immediate use (copy, print); the reveal is audited. */
  async reveal(name: string, purpose: string): Promise<string> {
    const [value] = await this.decryptAudited([name], { action: 'key-reveal', keyName: name, detail: purpose });
    return value;
  }

  /** Decrypts keys to hand to a child process or terminal; one audit entry names them all. */
  async revealForInjection(names: string[], detail: string): Promise<Map<string, string>> {
    const values = await this.decryptAudited(names, { action: 'key-inject', detail: `${detail}: ${names.join(', ')}` });
    return new Map(names.map((name, i) => [name, values[i]]));
  }

  close(): void {
    this.db.close();
  }

  private async decryptAudited(names: string[], event: AuditEvent): Promise<string[]> {
    const outcome = await this.mutate(undefined, () => {
      const values: string[] = [];
      for (const name of names) {
        const record = this.record(name);
        try {
          values.push(openEnvelope(this.keys.encryption, record.ciphertext, this.aad(record.id, record.version), `Key ${name}`));
        } catch (error) {
          this.audit({ action: 'decrypt-failed', keyName: name });
          return { error: error as Error };
        }
      }
      this.audit(event);
      return { values };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.values;
  }

  private record(name: string): KeyRecord {
    const record = findKey(this.db, name);
    if (!record) throw new KeywardError(`No key named ${name} in this vault.`, 'key-missing', 1);
    return record;
  }

  private aad(recordId: string, version: number): string {
    return `keyward/v1|${this.vaultId}|${recordId}|${version}`;
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private audit(event: AuditEvent): void {
    appendAudit(this.db, this.keys.audit, this.options.actor, event, this.now());
  }

  private reload(): void {
    const { bytes, identity } = readVaultBytes(this.options.path);
    const loaded = loadVault(this.options.sql, bytes, this.options.path, this.options.masterKey);
    this.db.close();
    this.db = loaded.db;
    this.vaultId = loaded.vaultId;
    this.keys = loaded.keys;
    this.identity = identity;
  }

  /**
   * The one way state changes: lock, catch up with the file, apply `work` and its audit entry
   * in one transaction, save atomically. If saving fails the in-memory copy is rebuilt from
   * disk, so memory never claims a change the file does not have.
   */
  private async mutate<T>(event: AuditEvent | undefined, work: () => T, { erase = false } = {}): Promise<T> {
    const release = await acquireLock(lockPath(this.options.path), { timeoutMs: this.options.lockTimeoutMs });
    try {
      removeStaleTemps(this.options.path);
      if (!sameIdentity(identityOf(this.options.path), this.identity)) this.reload();
      const result = transaction(this.db, () => {
        const value = work();
        if (event) this.audit(event);
        return value;
      });
      if (erase) this.db.exec('VACUUM');
      try {
        this.identity = writeVaultAtomically(this.options.path, this.db.export(), { backup: erase ? 'current' : 'previous' });
      } catch (error) {
        this.reload();
        throw new KeywardError(`Could not save the vault: ${(error as Error).message}. Nothing was changed.`, 'io');
      }
      return result;
    } finally {
      release();
    }
  }
}
