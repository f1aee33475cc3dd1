import { fingerprintValue } from '../crypto/subkeys';
import { KeywardError } from '../errors';
import { alteredError } from './integrityErrors';
import { archiveCurrent, listVersions, replaceValue, type KeyRecord } from './records';
import { openValue, sealValue } from './sealing';
import type { VaultStore } from './store';

/** Seals `value` as the key's next version, keeping the current one in its history. */
function installNextVersion(store: VaultStore, record: KeyRecord, value: string): void {
  const at = store.now().toISOString();
  const version = record.version + 1;
  archiveCurrent(store.db, store.keys.records, record, at);
  replaceValue(store.db, store.keys.records, record.id, {
    ...sealValue(store, record.id, version, value),
    version,
    at,
  });
}

/** Rotation: a new value becomes current; the old one stays, encrypted, as a previous version. */
export function rotateKey(store: VaultStore, record: KeyRecord, value: string): void {
  if (fingerprintValue(store.keys, value) === record.fingerprint) {
    throw new KeywardError(`The new value of ${record.name} is the same as the current one.`, 'invalid-input', 1);
  }
  installNextVersion(store, record, value);
}

/**
 * Undoes a rotation by making the previous value current again. History stays append-only:
 * the restored value becomes a new version, so the audit trail never loses a step. A history
 * with a version missing or altered is refused: "previous" would then mean another value.
 */
export function revertKey(store: VaultStore, record: KeyRecord): void {
  const versions = listVersions(store.db, record.id);
  const [previous] = versions;
  if (!previous) throw new KeywardError(`${record.name} has no previous version to revert to.`, 'refused', 1);
  const complete =
    versions.length === record.version - 1 && versions.every((v, i) => v.version === record.version - 1 - i);
  if (!complete || store.integrity.versions.has(`${record.id}:${previous.version}`))
    throw alteredError(`The history of key ${record.name}`);
  const value = openValue(
    store,
    { recordId: record.id, version: previous.version, ciphertext: previous.ciphertext },
    `Key ${record.name} version ${previous.version}`,
  );
  installNextVersion(store, record, value);
}
