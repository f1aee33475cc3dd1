// Master-key slots per vault AND place (issue 10, item 14), the hand-over that finishes an
// interrupted rotation, and opening read-only (item 15): the core the extension's SecretStorage
// adapter uses, driven here with a plain in-memory secret store and real vault files.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { MasterKeySlots, type SecretStore, type VaultKeySlot } from '../../../src/core/vault/keySlots';
import { rotateWithHandover } from '../../../src/core/vault/masterHandover';
import { importMasterKey, unlockVault } from '../../../src/core/vault/unlock';
import { Vault, type VaultOptions } from '../../../src/core/vault/vault';
import { resolveVaultTarget } from '../../../src/core/vault/vaultFile';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue, vaultOptions } from '../../support/vault';

class MemorySecrets implements SecretStore {
  readonly entries = new Map<string, string>();
  get(name: string): Promise<string | undefined> {
    return Promise.resolve(this.entries.get(name));
  }
  store(name: string, value: string): Promise<void> {
    this.entries.set(name, value);
    return Promise.resolve();
  }
  delete(name: string): Promise<void> {
    this.entries.delete(name);
    return Promise.resolve();
  }
}

const b64 = (key: Buffer) => key.toString('base64');

describe('master-key slots: one per vault id and place', () => {
  const dir = useTempDir();
  let secrets: MemorySecrets;
  let slots: MasterKeySlots;
  const warnings: string[] = [];
  const warn = (message: string) => void warnings.push(message);
  beforeEach(() => {
    secrets = new MemorySecrets();
    slots = new MasterKeySlots(secrets);
    warnings.length = 0;
  });

  async function stocked(folder: string, masterKey = generateMasterKey()) {
    const { vault, options } = await newVault(folder, masterKey);
    await vault.add({ name: 'API_KEY', value: plantedValue() });
    vault.close();
    return { options, masterKey };
  }
  const slotOf = (options: VaultOptions, id: string): VaultKeySlot =>
    slots.forVault(id, resolveVaultTarget(options.path));
  const opener =
    (options: VaultOptions, extra: Partial<VaultOptions> = {}) =>
    (key: Buffer) =>
      Vault.open({ ...options, ...extra, masterKey: key });

  it('keeps the key of a cp -r copy apart: rotating the copy leaves the original and its key working', async () => {
    const first = await stocked(path.join(dir(), 'a'));
    const id = Vault.open(first.options).id;
    const original = slotOf(first.options, id);
    await original.store(first.masterKey);
    cpSync(path.join(dir(), 'a'), path.join(dir(), 'b'), { recursive: true });
    const copyOptions = await vaultOptions(path.join(dir(), 'b'));
    const copy = slotOf(copyOptions, id);
    assert.notEqual(copy.name, original.name, 'two places, two entries');

    const unlocked = await unlockVault(copy, opener(copyOptions), { writable: true, warn });
    assert.equal(unlocked?.source, 'elsewhere', 'the copy found the original key by its id');
    assert.ok((await copy.get())?.equals(first.masterKey), 'and keeps it for its own place');
    assert.match(warnings.join('\n'), /is a copy, or its folder moved/);

    await rotateWithHandover(unlocked.vault, copy);
    unlocked.vault.close();
    const rotatedKey = await copy.get();
    assert.ok(rotatedKey && !rotatedKey.equals(first.masterKey), 'the copy has a new key');
    assert.ok((await original.get())?.equals(first.masterKey), "the original's key was not overwritten");
    assert.equal(await copy.getNext(), undefined, 'the hand-over entry is gone');

    const reopened = await unlockVault(original, opener(first.options), { writable: true, warn });
    assert.equal(reopened?.source, 'slot', 'the original opens with its own key');
    reopened.vault.close();
    const copyAgain = await unlockVault(copy, opener(copyOptions), { writable: true, warn });
    assert.equal(copyAgain?.source, 'slot');
    copyAgain.vault.close();
  });

  it('finds the key of a folder that moved, and of the entry earlier versions kept under the id alone', async () => {
    const { options, masterKey } = await stocked(path.join(dir(), 'before'));
    const id = Vault.open(options).id;
    await slotOf(options, id).store(masterKey);
    renameSync(path.join(dir(), 'before'), path.join(dir(), 'after'));
    const moved = await vaultOptions(path.join(dir(), 'after'));
    const unlocked = await unlockVault(slotOf(moved, id), opener(moved), { writable: true, warn });
    assert.equal(unlocked?.source, 'elsewhere');
    unlocked.vault.close();

    secrets.entries.clear();
    await secrets.store(`keyward.masterKey.${id}`, b64(masterKey));
    const legacy = await unlockVault(slotOf(moved, id), opener(moved), { writable: true, warn });
    assert.equal(legacy?.source, 'elsewhere', 'the entry named by the id alone still opens it');
    legacy.vault.close();
    assert.ok((await slotOf(moved, id).get())?.equals(masterKey), 'and is kept for this place from now on');
  });

  it('never replaces a key of its own that fails: uses the working one for now and says so', async () => {
    const first = await stocked(path.join(dir(), 'a'));
    const id = Vault.open(first.options).id;
    cpSync(path.join(dir(), 'a'), path.join(dir(), 'b'), { recursive: true });
    const copyOptions = await vaultOptions(path.join(dir(), 'b'));
    await slotOf(first.options, id).store(first.masterKey);
    const stale = generateMasterKey();
    await slotOf(copyOptions, id).store(stale);
    const unlocked = await unlockVault(slotOf(copyOptions, id), opener(copyOptions), { writable: true, warn });
    assert.equal(unlocked?.source, 'elsewhere');
    unlocked.vault.close();
    assert.ok((await slotOf(copyOptions, id).get())?.equals(stale), 'the key kept for this place is left alone');
    assert.match(warnings.join('\n'), /does not open it; the key kept for a copy of it elsewhere does/);
  });

  it('Import Master Key stores only a key that opens this vault, and replaces a kept key only when confirmed', async () => {
    const { options, masterKey } = await stocked(dir());
    const slot = slotOf(options, Vault.open(options).id);
    const asked: boolean[] = [];
    const answer = (reply: boolean) => (opensIt: boolean) => {
      asked.push(opensIt);
      return Promise.resolve(reply);
    };

    await assert.rejects(
      importMasterKey(slot, generateMasterKey(), opener(options), answer(true)),
      /does not open this vault .* Nothing was stored\./,
    );
    assert.equal(secrets.entries.size, 0, 'a wrong key is never stored');
    assert.equal(await importMasterKey(slot, masterKey, opener(options), answer(true)), 'stored');
    assert.equal(await importMasterKey(slot, masterKey, opener(options), answer(true)), 'already-stored');
    assert.deepEqual(asked, [], 'storing into an empty slot, or the same key, asks nothing');

    const stale = generateMasterKey();
    await slot.store(stale);
    assert.equal(await importMasterKey(slot, masterKey, opener(options), answer(false)), 'cancelled');
    assert.ok((await slot.get())?.equals(stale), 'declined: the kept key stays');
    assert.equal(await importMasterKey(slot, masterKey, opener(options), answer(true)), 'stored');
    assert.ok((await slot.get())?.equals(masterKey));
    assert.deepEqual(asked, [false, false], 'the user was told the kept key does not open the vault');
  });

  describe('an interrupted master-key rotation (the file holds the marker, the slot the old and next keys)', () => {
    async function interrupted() {
      const { options, masterKey } = await stocked(dir());
      const vault = Vault.open(options);
      const slot = slotOf(options, vault.id);
      await slot.store(masterKey);
      const next = generateMasterKey();
      await slot.storeNext(next);
      let pendingBytes: Buffer | undefined;
      await vault.rotateMaster(next, {
        onStep: (step) => {
          if (step === 'pending-saved') pendingBytes = readFileSync(options.path);
        },
      });
      vault.close();
      // Back to the moment after the marker was saved: the crash the hand-over must finish.
      writeFileSync(options.path, pendingBytes!);
      return { options, slot, masterKey, next };
    }

    it('is finished when the vault may be written', async () => {
      const { options, slot, next } = await interrupted();
      const unlocked = await unlockVault(slot, opener(options), { writable: true, warn });
      assert.ok(unlocked?.key.equals(next));
      unlocked!.vault.close();
      assert.ok((await slot.get())?.equals(next));
      assert.equal(await slot.getNext(), undefined);
      assert.match(warnings.join('\n'), /Finishing an interrupted master-key rotation/);
    });

    it('is left alone read-only: the vault opens and nothing is written, neither file nor slot', async () => {
      const { options, slot, masterKey, next } = await interrupted();
      const folder = path.dirname(options.path);
      const before = readFileSync(options.path);
      const files = readdirSync(folder).sort();
      const entries = new Map(secrets.entries);
      const readOnly = 'read-only in this test';
      const unlocked = await unlockVault(slot, opener(options, { readOnly }), { writable: false, warn });
      assert.ok(unlocked?.key.equals(masterKey));
      assert.ok(unlocked!.vault.pendingMasterRotation(), 'still pending');
      await assert.rejects(unlocked!.vault.reveal('API_KEY', 'copy'), new RegExp(readOnly));
      await assert.rejects(unlocked!.vault.revealForInjection(['API_KEY'], 'task'), new RegExp(readOnly));
      await assert.rejects(unlocked!.vault.recordEvent({ action: 'master-export' }), new RegExp(readOnly));
      await assert.rejects(unlocked!.vault.rotateMaster(next), new RegExp(readOnly));
      unlocked!.vault.close();
      assert.deepEqual(readFileSync(options.path), before, 'the vault file is byte-identical');
      assert.deepEqual(secrets.entries, entries, 'SecretStorage is unchanged');
      assert.deepEqual(readdirSync(folder).sort(), files, 'no lock, temp or backup file was written');
      assert.equal(warnings.length, 0);
    });
  });
});
