import { deriveVaultKeys, type VaultKeys } from '../crypto/subkeys';
import { KeywardError } from '../errors';
import { auditMac, listAudit, writeAuditHead } from './audit';
import { verifyAuditLog } from './auditVerify';
import { readMeta } from './load';
import { run, runMany } from './sqlite';
import type { Checkpoint } from './checkpoint';
import { isIntact, sealMeta } from './integrity';
import { resealValues } from './reseal';
import type { VaultStore } from './store';

/**
 * Master-key rotation in two atomic saves, so that a crash anywhere leaves a file that a key the
 * user holds opens, and says which one:
 *   1. under the old key, record `master_rotation_pending` (the new key's id and check value);
 *   2. in ONE save, re-seal every value and version, re-derive fingerprints, re-MAC the audit
 *      chain, switch key_check/key_id, note the old key id as retired and drop the marker.
 * Before 2 lands the old key opens the file (and the marker says a rotation was started); after,
 * the new key does, and the old key is told it was retired. Callers keep the new key safe
 * (printed, or SecretStorage) BEFORE step 1, and drop the old one only after step 2.
 */
export interface PendingRotation {
  keyId: string;
  checkValue: string;
  startedAt: string;
}

export interface RetiredKey {
  keyId: string;
  retiredAt: string;
}

export type RotationStep = 'pending-saved' | 'resealed' | 'saved';

export interface MasterRotationOptions {
  /** Progress, for a UI; the crash test also uses it to stop at each step. */
  onStep?: (step: RotationStep) => void;
  /** Re-MAC a log that fails verification (the break is recorded in the hand-over entry). */
  acceptBrokenAudit?: boolean;
}

export interface MasterRotationResult {
  oldKeyId: string;
  newKeyId: string;
  keys: number;
  versions: number;
  auditEntries: number;
}

const PENDING = 'master_rotation_pending';
const RETIRED = 'retired_key_ids';

export function readPending(store: { db: VaultStore['db'] }): PendingRotation | undefined {
  const raw = readMeta(store.db, PENDING);
  return raw ? (JSON.parse(raw) as PendingRotation) : undefined;
}

export function readRetired(store: { db: VaultStore['db'] }): RetiredKey[] {
  const raw = readMeta(store.db, RETIRED);
  return raw ? (JSON.parse(raw) as RetiredKey[]) : [];
}

export async function rotateMasterKey(
  store: VaultStore,
  next: Buffer,
  options: MasterRotationOptions = {},
): Promise<MasterRotationResult> {
  // Both saves run under one hold of the lock, so nobody else's change can land between them and
  // a failure of the second can roll the files back to exactly where they were.
  const result = await store.exclusive(() => {
    const nextKeys = deriveVaultKeys(next, store.vaultId);
    const oldKeyId = store.keys.keyId;
    if (nextKeys.keyId === oldKeyId)
      throw new KeywardError('The new master key is the one the vault already uses.', 'refused', 1);
    auditBreak(store, options);
    recordsBreak(store, options);
    const checkpoint = store.checkpoint();
    try {
      savePending(store, oldKeyId, nextKeys);
      options.onStep?.('pending-saved');
      return resealUnderNextKey(store, next, oldKeyId, options);
    } catch (error) {
      throw rollBack(store, checkpoint, error);
    } finally {
      checkpoint.discard();
    }
  });
  options.onStep?.('saved');
  return result;
}

function savePending(store: VaultStore, oldKeyId: string, nextKeys: VaultKeys): void {
  const marker: PendingRotation = {
    keyId: nextKeys.keyId,
    checkValue: nextKeys.checkValue,
    startedAt: store.now().toISOString(),
  };
  store.commit(() => {
    run(store.db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [PENDING, JSON.stringify(marker)]);
    store.audit({ action: 'master-rotate', detail: `started: from key id ${oldKeyId} to key id ${nextKeys.keyId}` });
  }, false);
}

function resealUnderNextKey(
  store: VaultStore,
  next: Buffer,
  oldKeyId: string,
  options: MasterRotationOptions,
): MasterRotationResult {
  let counts = { keys: 0, versions: 0, auditEntries: 0 };
  let newKeyId = '';
  store.commitRekey(next, (keys) => {
    const broken = auditBreak(store, options);
    const altered = recordsBreak(store, options);
    newKeyId = keys.keyId;
    counts = { ...resealValues(store, keys), auditEntries: remacAudit(store, keys) };
    const retired = [...readRetired(store), { keyId: oldKeyId, retiredAt: store.now().toISOString() }];
    const meta = {
      key_check: keys.checkValue,
      key_id: keys.keyId,
      master_key_created_at: store.now().toISOString(),
      [RETIRED]: JSON.stringify(retired),
    };
    for (const [key, value] of Object.entries(meta))
      run(store.db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [key, value]);
    run(store.db, 'DELETE FROM meta WHERE key = ?', [PENDING]);
    sealMeta(store.db, keys.records);
    options.onStep?.('resealed');
    const audit =
      (broken ? `re-sealed although verification failed at entry ${broken}` : 'verified and re-sealed') +
      (altered ? `; key records re-MACed although altered outside Keyward (${altered})` : '');
    return {
      action: 'master-rotate',
      detail: `completed: from key id ${oldKeyId} to key id ${keys.keyId}; ${counts.keys} keys, ${counts.versions} versions re-encrypted; ${counts.auditEntries} audit entries ${audit}`,
    };
  });
  return { oldKeyId, newKeyId, ...counts };
}

/**
 * A failed rotation leaves the vault and its backup exactly as before it started (the pending
 * marker included); if even that fails, the error says what the vault now holds.
 */
function rollBack(store: VaultStore, checkpoint: Checkpoint, error: unknown): unknown {
  try {
    store.restore(checkpoint);
    return error;
  } catch (restoreError) {
    const first = error instanceof Error ? error.message : String(error);
    return new KeywardError(
      `${first} Moreover ${(restoreError as Error).message}: the vault may hold a pending rotation; ` +
        '`keyward vault rotate-master --abort` removes it, running the rotation again finishes it.',
      'io',
    );
  }
}

/** Rolls back an interrupted rotation: the file never left the old key, so only the marker goes. */
export async function abortMasterRotation(store: VaultStore): Promise<PendingRotation | undefined> {
  const pending = readPending(store);
  if (!pending) return undefined;
  await store.mutate(
    { action: 'master-rotate', detail: `rolled back: the rotation to key id ${pending.keyId} was abandoned` },
    () => {
      run(store.db, 'DELETE FROM meta WHERE key = ?', [PENDING]);
    },
  );
  return pending;
}

/** The first broken audit entry's seq; refuses to launder a tampered log unless told to. */
function auditBreak(store: VaultStore, options: MasterRotationOptions): number | undefined {
  const { problem } = verifyAuditLog(store.db, store.keys.audit);
  if (problem && !options.acceptBrokenAudit) {
    throw new KeywardError(
      `The audit log fails verification at entry ${problem.seq} (${problem.message}). Rotating would re-seal it and hide that; ` +
        'inspect it with `keyward audit verify`, then rotate with --accept-broken-audit to record the break and go on.',
      'refused',
      1,
    );
  }
  return problem?.seq;
}

/** Key rows that fail their MAC would be re-MACed by the rotation and so vouched for: refused unless told to. */
function recordsBreak(store: VaultStore, options: MasterRotationOptions): string | undefined {
  if (isIntact(store.integrity)) return undefined;
  const { keys, versions, meta } = store.integrity;
  const what = [
    keys.size ? `${keys.size} key record(s)` : '',
    versions.size ? `${versions.size} older version(s)` : '',
    meta ? 'the metadata' : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (!options.acceptBrokenAudit) {
    throw new KeywardError(
      `${what} were altered outside Keyward. Rotating would re-MAC them and hide that; inspect them with ` +
        '`keyward audit verify`, restore the vault from its backup, or rotate with --accept-broken-audit to record it and go on.',
      'refused',
      1,
    );
  }
  return what;
}

/** Re-MACs the whole chain under the next audit key, so the log stays verifiable with the only key kept. */
function remacAudit(store: VaultStore, keys: VaultKeys): number {
  const entries = listAudit(store.db);
  let previous = '';
  const updates = entries.map((entry) => {
    previous = auditMac(keys.audit, previous, entry);
    return [previous, entry.seq];
  });
  runMany(store.db, 'UPDATE audit_log SET mac = ? WHERE seq = ?', updates);
  if (entries.length > 0) writeAuditHead(store.db, keys.audit, entries[entries.length - 1].seq, previous);
  return entries.length;
}
