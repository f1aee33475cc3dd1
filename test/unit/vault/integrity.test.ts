// Metadata is authenticated: names, environments, statuses, dates and the history are covered by
// keyed MACs checked on open, so an edit with sqlite3 is refused like a failed decryption.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { KeywardError } from '../../../src/core/errors';
import { Vault } from '../../../src/core/vault/vault';
import { keyward } from '../../support/cli';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue, vaultOptions } from '../../support/vault';
import { tamper } from './tamper';

const LEGACY = path.resolve(__dirname, '../../fixtures/vault/legacy-v1.db');
const LEGACY_KEY = Buffer.from('bGVnYWN5LXZhdWx0LWZpeHR1cmUta2V5LTAxMjM0NTY=', 'base64');
const refusedAsAltered = (name: string) => (e: unknown) =>
  e instanceof KeywardError &&
  e.code === 'decrypt-failed' &&
  new RegExp(`${name} was altered outside Keyward`).test(e.message);

/** Swaps two keys' names as an attacker with sqlite3 would (via a third name: names are unique). */
const swap = (a: string, b: string) => [
  `UPDATE keys SET name = 'SWAP_TMP' WHERE name = '${a}'`,
  `UPDATE keys SET name = '${a}' WHERE name = '${b}'`,
  `UPDATE keys SET name = '${b}' WHERE name = 'SWAP_TMP'`,
];

describe('vault metadata integrity', () => {
  const dir = useTempDir();

  it('refuses both keys after their names were swapped with SQL, and says so in audit verify', async function () {
    this.timeout(60_000);
    const { vault, options } = await newVault(dir());
    const [stripe, db] = [plantedValue(), plantedValue()];
    await vault.add({ name: 'STRIPE_KEY', value: stripe });
    await vault.add({ name: 'DB_PASS', value: db });
    vault.close();
    await tamper(options.path, ...swap('STRIPE_KEY', 'DB_PASS'));
    const env = { KEYWARD_MASTER_KEY: options.masterKey.toString('base64') };
    const run = keyward(
      ['vault', 'run', '--', process.execPath, '-e', 'process.stdout.write(process.env.DB_PASS ?? "")'],
      {
        cwd: dir(),
        env,
      },
    );
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Key DB_PASS was altered outside Keyward/);
    assert.ok(!run.stdout.includes(stripe) && !run.stdout.includes(db), 'no value was handed over');
    const verify = keyward(['audit', 'verify'], { cwd: dir(), env });
    assert.equal(verify.code, 1, verify.stdout);
    assert.match(verify.stdout, /Key records altered outside Keyward: (DB_PASS, STRIPE_KEY|STRIPE_KEY, DB_PASS)/);
    const list = keyward(['vault', 'list'], { cwd: dir(), env });
    assert.match(list.stdout, /DB_PASS .*ALTERED/);

    const reopened = Vault.open(options);
    assert.ok(reopened.auditLog().some((e) => e.action === 'decrypt-failed' && e.keyName === 'DB_PASS'));
    await assert.rejects(reopened.reveal('STRIPE_KEY', 'check'), refusedAsAltered('Key STRIPE_KEY'));
    await reopened.remove('STRIPE_KEY');
    assert.deepEqual(
      reopened.list().map((k) => k.name),
      ['DB_PASS'],
      'an altered key can still be deleted',
    );
  });

  it('verifies rows with any text in them, as inserted and as updated', async () => {
    const { vault, options } = await newVault(dir());
    const notes = ['emoji 😀 and é', 'separators |s3:abc|-|n1 , ;', 'nul-free\tcontrol\u001e\u001f', ''];
    for (const [i, note] of notes.entries())
      await vault.add({ name: `K${i}`, value: plantedValue(), notes: note || undefined, rotationDays: i + 1 });
    await vault.rename('K0', 'RENAMED');
    await vault.rotate('K1', plantedValue());
    vault.close();
    assert.deepEqual(Vault.open(options).integrityProblems(), { keys: [], versions: [], metadata: false });
  });

  it('refuses a key whose environment, status or rotation date was edited', async () => {
    for (const edit of [
      `UPDATE keys SET environment = 'prod'`,
      `UPDATE keys SET status = 'retired'`,
      `UPDATE keys SET last_rotated_at = '2099-01-01T00:00:00.000Z'`,
      `UPDATE keys SET mac = ''`,
    ]) {
      const { vault, options } = await newVault(path.join(dir(), String(Math.random())));
      await vault.add({ name: 'K', value: plantedValue() });
      vault.close();
      await tamper(options.path, edit);
      const opened = Vault.open(options);
      assert.equal(opened.get('K').altered, true, edit);
      await assert.rejects(opened.reveal('K', 'check'), refusedAsAltered('Key K'), edit);
      await assert.rejects(opened.setStatus('K', 'active'), refusedAsAltered('Key K'), 'no change re-MACs it');
    }
  });

  it('refuses to revert to an altered or missing older version', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'K', value: 'value-one-1234567' });
    await vault.rotate('K', 'value-two-1234567');
    await vault.rotate('K', 'value-three-12345');
    vault.close();
    const copy = path.join(dir(), 'copy.db');
    copyFileSync(options.path, copy);
    await tamper(options.path, `UPDATE key_versions SET retired_at = '2000-01-01' WHERE version = 2`);
    await assert.rejects(Vault.open(options).revert('K'), refusedAsAltered('The history of key K'));
    await tamper(copy, 'DELETE FROM key_versions WHERE version = 2');
    await assert.rejects(Vault.open({ ...options, path: copy }).revert('K'), refusedAsAltered('The history of key K'));
  });

  it('reports altered metadata and keeps a master-key rotation from vouching for altered rows', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'K', value: plantedValue() });
    vault.close();
    await tamper(
      options.path,
      `UPDATE meta SET value = '2099-01-01T00:00:00.000Z' WHERE key = 'master_key_created_at'`,
    );
    const opened = Vault.open(options);
    assert.deepEqual(opened.integrityProblems(), { keys: [], versions: [], metadata: true });
    await assert.rejects(opened.rotateMaster(generateMasterKey()), /the metadata were altered outside Keyward/);
    const next = generateMasterKey();
    await opened.rotateMaster(next, { acceptBrokenAudit: true });
    const rotated = Vault.open({ ...options, masterKey: next });
    assert.equal(rotated.integrityProblems().metadata, false);
    assert.match(rotated.auditLog().at(-1)!.detail, /re-MACed although altered outside Keyward \(the metadata\)/);
  });

  it('keeps no mask in clear in the file', async () => {
    const { vault, options } = await newVault(dir());
    const value = plantedValue();
    const { masked } = await vault.add({ name: 'K', value });
    await vault.rotate('K', plantedValue());
    vault.close();
    const bytes = readFileSync(options.path);
    assert.ok(!bytes.includes(masked), 'the mask is sealed');
    assert.ok(!bytes.includes(value.slice(-4)) || !bytes.includes(`....${value.slice(-4)}`));
    assert.equal(Vault.open(options).versions('K')[0].masked, masked, 'an older version shows its mask');
  });

  it('upgrades a vault written before row MACs, sealing its masks, and keeps it working', async () => {
    const options = { ...(await vaultOptions(dir(), LEGACY_KEY)) };
    mkdirSync(path.dirname(options.path), { recursive: true });
    copyFileSync(LEGACY, options.path);
    assert.ok(readFileSync(options.path).includes('....0001'), 'the old file holds its masks in clear');
    const vault = Vault.open(options);
    assert.deepEqual(vault.integrityProblems(), { keys: [], versions: [], metadata: false });
    assert.equal(await vault.reveal('DB_PASS', 'check'), 'legacy-fixture-db-password-0003');
    assert.equal(vault.get('STRIPE_KEY').masked, '....0001');
    await vault.revert('DB_PASS');
    vault.close();
    const upgraded = readFileSync(options.path);
    assert.ok(!upgraded.includes('....0001'), 'masks are sealed after the first save');
    const reopened = Vault.open(options);
    assert.equal(await reopened.reveal('DB_PASS', 'check'), 'legacy-fixture-db-password-0002');
    assert.ok(reopened.auditLog().some((e) => e.action === 'vault-upgrade'));
    assert.equal(reopened.verifyAudit().problem, undefined);
  });

  it('cannot be downgraded to have altered rows re-MACed as an old vault', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'A', value: plantedValue() });
    await vault.add({ name: 'B', value: plantedValue() });
    vault.close();
    await tamper(options.path, `UPDATE meta SET value = '1' WHERE key = 'schema_version'`, ...swap('A', 'B'));
    assert.throws(
      () => Vault.open(options),
      (e: KeywardError) => e.code === 'vault-corrupt' || e.code === 'wrong-master-key',
    );
  });
});
