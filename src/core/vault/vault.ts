import { randomUUID, timingSafeEqual } from 'node:crypto';
import { fingerprintValue } from '../crypto/subkeys';
import { KeywardError } from '../errors';
import { listAudit, type AuditEntry, type AuditEvent } from './audit';
import { verifyAuditLog, type AuditVerification } from './auditVerify';
import {
  KeyNameSchema,
  KeyStatusSchema,
  NewKeySchema,
  parseInput,
  RotationDaysSchema,
  SecretValueSchema,
  type NewKey,
} from './inputs';
import { readMeta } from './load';
import {
  deleteKey,
  findKey,
  fingerprintIndex,
  insertKeys,
  keyNames,
  listKeys,
  listVersions,
  namesByFingerprint,
  updateColumn,
  type EditableColumn,
  type KeyRecord,
  type KeyRow,
  type KeyStatus,
  type KeySummary,
} from './records';
import {
  abortMasterRotation,
  readPending,
  rotateMasterKey,
  type MasterRotationOptions,
  type MasterRotationResult,
  type PendingRotation,
} from './masterRotation';
import { revertKey, rotateKey } from './rotation';
import { findVaultCopies, type VaultCopy } from './copies';
import { alteredError } from './integrityErrors';
import { openMask, openValue, sealValue } from './sealing';
import { run } from './sqlite';
import { VaultStore, type VaultOptions } from './store';

export type { VaultOptions } from './store';

/**
 * The encrypted key vault's operations. Everything returned is masked; values leave only
 * through `reveal` and `revealForInjection`, and every such exit is audited.
 */
export class Vault {
  private fingerprints: { generation: number; names: Map<string, string> } | undefined;
  private listed: { generation: number; keys: KeySummary[] } | undefined;

  private constructor(private readonly store: VaultStore) {}

  static async create(options: VaultOptions, vaultId?: string): Promise<Vault> {
    return new Vault(await VaultStore.create(options, vaultId));
  }

  static open(options: VaultOptions): Vault {
    return new Vault(VaultStore.open(options));
  }

  get id(): string {
    return this.store.vaultId;
  }

  get keyId(): string {
    return this.store.keys.keyId;
  }

  meta(key: string): string | undefined {
    return readMeta(this.store.db, key);
  }

  /** Every key, masked. Opening the sealed masks is the cost, so the list is kept until the vault changes. */
  list(): KeySummary[] {
    if (this.listed?.generation !== this.store.generation) {
      this.listed = {
        generation: this.store.generation,
        keys: listKeys(this.store.db).map((row) => this.summary(row)),
      };
    }
    return [...this.listed.keys];
  }

  /** A key's summary; an altered row is shown (flagged), only its value is refused. */
  get(name: string): KeySummary {
    return this.summary(this.find(name));
  }

  /** Rows and metadata changed outside Keyward since Keyward last wrote them (by name, for people). */
  integrityProblems(): { keys: string[]; versions: string[]; metadata: boolean } {
    const { integrity, db } = this.store;
    const names = new Map(listKeys(db).map((k) => [k.id, k.name]));
    return {
      keys: [...integrity.keys].map((id) => names.get(id) ?? id),
      versions: [...integrity.versions].map((v) => {
        const [id, version] = v.split(':');
        return `${names.get(id) ?? id} version ${version}`;
      }),
      metadata: integrity.meta,
    };
  }

  auditLog(): AuditEntry[] {
    return listAudit(this.store.db);
  }

  /** Checks the audit log's MAC chain and head anchor; reports the first broken entry. */
  verifyAudit(): AuditVerification {
    return verifyAuditLog(this.store.db, this.store.keys.audit);
  }

  /** A master-key rotation that was started and not finished (the file is still under the current key). */
  pendingMasterRotation(): Omit<PendingRotation, 'checkValue'> | undefined {
    const pending = readPending(this.store);
    return pending && { keyId: pending.keyId, startedAt: pending.startedAt };
  }

  /** Re-seals everything under `next` (see masterRotation.ts for the crash-safe protocol). */
  async rotateMaster(next: Buffer, options?: MasterRotationOptions): Promise<MasterRotationResult> {
    return rotateMasterKey(this.store, next, options);
  }

  /** Rolls back an interrupted master-key rotation; returns what was abandoned, if anything. */
  async abortMasterRotation(): Promise<{ keyId: string } | undefined> {
    const pending = await abortMasterRotation(this.store);
    return pending && { keyId: pending.keyId };
  }

  /** Names of stored keys (any version) whose value equals `candidate`, without decrypting anything. */
  recognise(candidate: string): string[] {
    return namesByFingerprint(this.store.db, fingerprintValue(this.store.keys, candidate));
  }

  /** Whether key `name` currently holds `candidate`, by keyed fingerprint (nothing is decrypted). */
  compareCurrent(name: string, candidate: string): 'absent' | 'same' | 'different' {
    const record = findKey(this.store.db, name);
    if (!record) return 'absent';
    return record.fingerprint === fingerprintValue(this.store.keys, candidate) ? 'same' : 'different';
  }

  /**
   * Reads the vault file back from disk and decrypts each named value to prove that it holds
   * exactly that value, for a caller about to delete its own copy (a .env import). Returns the
   * names that do not check out. No value leaves the core, so this is not a reveal.
   */
  verifyOnDisk(entries: { name: string; value: string }[]): string[] {
    if (entries.length === 0) return [];
    const copy = this.store.readBack();
    try {
      return entries
        .filter(({ name, value }) => {
          const record = findKey(copy.db, name);
          if (!record) return true;
          try {
            const stored = Buffer.from(
              openValue(copy, { recordId: record.id, version: record.version, ciphertext: record.ciphertext }, name),
            );
            const expected = Buffer.from(value);
            return stored.length !== expected.length || !timingSafeEqual(stored, expected);
          } catch {
            return true;
          }
        })
        .map((e) => e.name);
    } finally {
      copy.close();
    }
  }

  /** Hard-coded copies of any stored value (current or older version) in `text`. */
  findCopies(text: string): VaultCopy[] {
    if (this.fingerprints?.generation !== this.store.generation) {
      this.fingerprints = { generation: this.store.generation, names: fingerprintIndex(this.store.db) };
    }
    const { names } = this.fingerprints;
    if (names.size === 0) return [];
    return findVaultCopies(text, (candidate) => names.get(fingerprintValue(this.store.keys, candidate)));
  }

  /** Re-reads the file if another process saved since this copy was loaded. */
  refresh(): boolean {
    return this.store.refresh();
  }

  async add(input: NewKey): Promise<KeySummary> {
    const [summary] = await this.addMany([input]);
    return summary;
  }

  /** Adds several keys in one transaction and one save: all of them or none. `importedFrom` audits it as an import. */
  async addMany(inputs: NewKey[], { importedFrom }: { importedFrom?: string } = {}): Promise<KeySummary[]> {
    const keys = inputs.map((input) => parseInput(NewKeySchema, input, 'key'));
    const single = keys.length === 1 ? keys[0] : undefined;
    const event: AuditEvent = importedFrom
      ? {
          action: 'key-import',
          keyName: single?.name,
          detail: `${keys.length} keys from ${importedFrom}: ${keys.map((k) => k.name).join(', ')}`,
        }
      : {
          action: 'key-add',
          keyName: single?.name,
          detail: single ? (single.provider ? `provider ${single.provider}` : '') : `${keys.length} keys`,
        };
    return this.store.mutate(event, () => {
      const taken = keyNames(this.store.db);
      const at = this.store.now().toISOString();
      const records = keys.map((key): KeyRecord => {
        if (taken.has(key.name)) throw new KeywardError(`A key named ${key.name} already exists.`, 'key-exists', 1);
        taken.add(key.name);
        const id = randomUUID();
        const { ciphertext, masked, fingerprint } = sealValue(this.store, id, 1, key.value);
        return {
          id,
          name: key.name,
          provider: key.provider ?? null,
          environment: key.environment,
          ciphertext,
          sealedMask: masked,
          fingerprint,
          version: 1,
          createdAt: at,
          updatedAt: at,
          lastRotatedAt: null,
          rotationDays: key.rotationDays ?? null,
          status: 'active',
          notes: key.notes ?? null,
        };
      });
      insertKeys(this.store.db, this.store.keys.records, records);
      return records.map((record) => this.summary(record));
    });
  }

  /** Deletes a key and all its versions for good: secure_delete zeroes freed pages, VACUUM drops them. */
  async remove(name: string): Promise<void> {
    await this.store.mutate(
      { action: 'key-delete', keyName: name },
      () => {
        run(this.store.db, 'PRAGMA secure_delete = ON');
        deleteKey(this.store.db, this.find(name).id);
      },
      { erase: true },
    );
  }

  /**
   * Replaces a key's value with a new version; the old value is kept, encrypted, in its history.
   * A compromised key becomes active again: "compromised" is said of its current value, which is
   * now a previous version, so programs may be given the key again.
   */
  async rotate(name: string, value: string): Promise<KeySummary> {
    const parsed = parseInput(SecretValueSchema, value, 'value');
    return this.store.mutate(undefined, () => {
      const record = this.record(name);
      rotateKey(this.store, record, parsed);
      const compromised = record.status === 'compromised';
      if (compromised)
        updateColumn(
          this.store.db,
          this.store.keys.records,
          record.id,
          'status',
          'active',
          this.store.now().toISOString(),
        );
      this.store.audit({
        action: 'key-rotate',
        keyName: name,
        detail: compromised ? 'replaces the compromised value; status active' : undefined,
      });
      return this.get(name);
    });
  }

  /** Makes the previous value current again (as a new version, so history is never rewritten). */
  async revert(name: string): Promise<KeySummary> {
    try {
      return await this.store.mutate(
        { action: 'key-rotate', keyName: name, detail: 'revert to previous version' },
        () => {
          revertKey(this.store, this.record(name));
          return this.get(name);
        },
      );
    } catch (error) {
      // The failed transaction rolled back its own entry; the failure itself must still be on record.
      if ((error as KeywardError).code === 'decrypt-failed')
        await this.recordEvent({ action: 'decrypt-failed', keyName: name, detail: 'previous version, on revert' });
      throw error;
    }
  }

  async rename(name: string, newName: string): Promise<KeySummary> {
    const target = parseInput(KeyNameSchema, newName, 'key name');
    return this.update(name, { action: 'key-rename', keyName: name, detail: `to ${target}` }, () => {
      if (findKey(this.store.db, target))
        throw new KeywardError(`A key named ${target} already exists.`, 'key-exists', 1);
      return ['name', target];
    });
  }

  /** Days after which the key is due for rotation; `null` falls back to the workspace default. */
  async setRotationDays(name: string, days: number | null): Promise<KeySummary> {
    const parsed = days === null ? null : parseInput(RotationDaysSchema, days, 'rotation period');
    return this.update(
      name,
      { action: 'key-update', keyName: name, detail: `rotation period ${parsed ?? 'default'}` },
      () => ['rotation_days', parsed],
    );
  }

  async setStatus(name: string, status: KeyStatus): Promise<KeySummary> {
    const parsed = parseInput(KeyStatusSchema, status, 'status');
    return this.update(name, { action: 'key-update', keyName: name, detail: `status ${parsed}` }, () => [
      'status',
      parsed,
    ]);
  }

  /** Encrypted history of a key, newest first, masked. */
  versions(name: string): { version: number; masked: string; createdAt: string; retiredAt: string }[] {
    const { id } = this.find(name);
    return listVersions(this.store.db, id).map((v) => ({
      version: v.version,
      masked: openMask(this.store, id, v.version, v.masked),
      createdAt: v.created_at,
      retiredAt: v.retired_at,
    }));
  }

  /** Audits an event that changes no key, such as a master-key export. */
  async recordEvent(event: AuditEvent): Promise<void> {
    await this.store.mutate(event, () => undefined);
  }

  /** Decrypts one key for immediate use (copy, print); the reveal is audited. */
  async reveal(name: string, purpose: string): Promise<string> {
    const [value] = await this.decryptAudited([name], { action: 'key-reveal', keyName: name, detail: purpose });
    return value;
  }

  /**
   * Decrypts keys to hand to a child process or terminal; one audit entry names them all. A key
   * marked compromised is refused (checked under the lock, against the file as it is now) until
   * it is rotated: its value is known to someone else.
   */
  async revealForInjection(names: string[], detail: string): Promise<Map<string, string>> {
    const values = await this.decryptAudited(
      names,
      { action: 'key-inject', detail: `${detail}: ${names.join(', ')}` },
      { refuseCompromised: true },
    );
    return new Map(names.map((name, i) => [name, values[i]]));
  }

  close(): void {
    this.store.close();
  }

  private async decryptAudited(
    names: string[],
    event: AuditEvent,
    { refuseCompromised = false } = {},
  ): Promise<string[]> {
    // Every reveal is audited, so a copy that may not write may not reveal: refused before the gate asks anything.
    this.store.assertWritable();
    await this.store.options.beforeReveal?.(names, event.detail ?? event.action);
    // A failed decryption is audited (so the save must go ahead) and then rethrown.
    type Outcome = { values: string[] } | { failure: unknown };
    const outcome = await this.store.mutate(undefined, (): Outcome => {
      const compromised = refuseCompromised ? names.filter((name) => this.find(name).status === 'compromised') : [];
      if (compromised.length > 0) throw compromisedError(compromised);
      const values: string[] = [];
      for (const name of names) {
        try {
          const record = this.record(name);
          values.push(
            openValue(
              this.store,
              { recordId: record.id, version: record.version, ciphertext: record.ciphertext },
              `Key ${name}`,
            ),
          );
        } catch (error) {
          if ((error as KeywardError).code !== 'decrypt-failed') throw error;
          this.store.audit({ action: 'decrypt-failed', keyName: name });
          return { failure: error };
        }
      }
      this.store.audit(event);
      return { values };
    });
    if ('failure' in outcome) throw outcome.failure;
    return outcome.values;
  }

  private update(
    name: string,
    event: AuditEvent,
    change: (record: KeyRecord) => [EditableColumn, string | number | null],
  ): Promise<KeySummary> {
    return this.store.mutate(event, () => {
      const record = this.record(name);
      const [column, value] = change(record);
      updateColumn(this.store.db, this.store.keys.records, record.id, column, value, this.store.now().toISOString());
      return this.get(column === 'name' ? String(value) : name);
    });
  }

  private find(name: string): KeyRecord {
    const record = findKey(this.store.db, name);
    if (!record) throw new KeywardError(`No key named ${name} in this vault.`, 'key-missing', 1);
    return record;
  }

  /** A key to use or change: refused, like a failed decryption, if its row was altered outside Keyward. */
  private record(name: string): KeyRecord {
    const record = this.find(name);
    if (this.store.integrity.keys.has(record.id)) throw alteredError(`Key ${name}`);
    return record;
  }

  private summary(row: KeyRow): KeySummary {
    const { sealedMask, ...rest } = row;
    return {
      ...rest,
      masked: openMask(this.store, row.id, row.version, sealedMask),
      altered: this.store.integrity.keys.has(row.id),
    };
  }
}

function compromisedError(names: string[]): KeywardError {
  const which = names.join(', ');
  return new KeywardError(
    `${which} ${names.length === 1 ? 'is' : 'are'} marked compromised: rotate ${names.length === 1 ? 'it' : 'them'} (the new value is handed out again) or pick other keys.`,
    'refused',
    1,
  );
}
