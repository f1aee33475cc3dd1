import { fingerprintValue } from '../crypto/subkeys';
import { KeywardError } from '../errors';
import { archiveCurrent, listVersions, replaceValue, toSummary, type KeyRecord, type KeySummary } from './records';
import { openValue, sealValue } from './sealing';
import type { VaultStore } from './store';

/** Seals `value` as the key's next version, keeping the current one in its history. */
function installNextVersion(store: VaultStore, record: KeyRecord, value: string): KeySummary {
  const at = store.now().toISOString();
  const version = record.version + 1;
  archiveCurrent(store.db, record, at);
  const next = { ...sealValue(store, record.id, version, value), version, at };
  replaceValue(store.db, record.id, next);
  return { ...toSummary(record), masked: next.masked, version, updatedAt: at, lastRotatedAt: at };
}

/** Rotation: a new value becomes current; the old one stays, encrypted, as a previous version. */
export function rotateKey(store: VaultStore, record: KeyRecord, value: string): KeySummary {
  if (fingerprintValue(store.keys, value) === record.fingerprint) {
    throw new KeywardError(`The new value of ${record.name} is the same as the current one.`, 'invalid-input', 1);
  }
  return installNextVersion(store, record, value);
}

/**
 * Undoes a rotation by making the previous value current again. History stays append-only:
 * the restored value becomes a new version, so the audit trail never loses a step.
 */
export function revertKey(store: VaultStore, record: KeyRecord): KeySummary {
  const [previous] = listVersions(store.db, record.id);
  if (!previous) throw new KeywardError(`${record.name} has no previous version to revert to.`, 'refused', 1);
  const value = openValue(
    store,
    { recordId: record.id, version: previous.version, ciphertext: previous.ciphertext },
    `Key ${record.name} version ${previous.version}`,
  );
  return installNextVersion(store, record, value);
}
