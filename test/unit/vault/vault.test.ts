import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { KeywardError } from '../../../src/core/errors';
import { Vault } from '../../../src/core/vault/vault';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue, vaultOptions } from '../../support/vault';

const code = (expected: string) => (e: unknown) => e instanceof KeywardError && e.code === expected;

describe('Vault', () => {
  const dir = useTempDir();

  it('stores keys encrypted and lists only masked values', async () => {
    const { vault, options } = await newVault(dir());
    const value = plantedValue();
    await vault.add({ name: 'STRIPE_KEY', value, provider: 'stripe', environment: 'dev' });
    const reopened = Vault.open(options);
    const [key] = reopened.list();
    assert.equal(key.name, 'STRIPE_KEY');
    assert.equal(key.environment, 'dev');
    assert.equal(key.masked, `sk_test_....${value.slice(-4)}`);
    assert.ok(!JSON.stringify(reopened.list()).includes(value));
    assert.equal(await reopened.reveal('STRIPE_KEY', 'test'), value);
  });

  it('refuses a duplicate name and keeps the original', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'A', value: 'first-value-123456' });
    await assert.rejects(vault.add({ name: 'A', value: 'second-value-123456' }), code('key-exists'));
    assert.equal(await Vault.open(options).reveal('A', 'test'), 'first-value-123456');
  });

  it('rejects names that cannot be environment variables, without echoing the value', async () => {
    const { vault } = await newVault(dir());
    const value = plantedValue();
    await assert.rejects(
      vault.add({ name: '1-bad name', value }),
      (e: Error) => code('invalid-input')(e) && !e.message.includes(value),
    );
  });

  it('refuses to create over an existing vault', async () => {
    const { options } = await newVault(dir());
    const before = readFileSync(options.path);
    await assert.rejects(Vault.create(options), code('vault-exists'));
    assert.deepEqual(readFileSync(options.path), before);
  });

  it('refuses a wrong master key before anything is written', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'A', value: plantedValue() });
    const before = readFileSync(options.path);
    const wrong = await vaultOptions(dir());
    assert.throws(
      () => Vault.open({ ...options, masterKey: wrong.masterKey }),
      (e: Error) => code('wrong-master-key')(e) && /key id/.test(e.message),
    );
    assert.deepEqual(readFileSync(options.path), before);
  });

  it('refuses corrupt, truncated and foreign files and leaves them untouched', async () => {
    const { options } = await newVault(dir());
    const good = readFileSync(options.path);
    const cases: [Buffer, string][] = [
      [Buffer.from('just some text, not a database'), 'vault-corrupt'],
      [good.subarray(0, 600), 'vault-corrupt'],
    ];
    const foreign = new options.sql.Database();
    foreign.run('CREATE TABLE notes (body TEXT)');
    cases.push([Buffer.from(foreign.export()), 'vault-foreign']);
    for (const [bytes, expected] of cases) {
      writeFileSync(options.path, bytes);
      assert.throws(() => Vault.open(options), code(expected));
      assert.deepEqual(readFileSync(options.path), bytes);
    }
  });

  it('fails only the key whose ciphertext was altered, and audits the failure', async () => {
    const { vault, options } = await newVault(dir());
    await vault.addMany([
      { name: 'A', value: 'value-a-1234567890' },
      { name: 'B', value: 'value-b-1234567890' },
    ]);
    const raw = new options.sql.Database(readFileSync(options.path));
    const [[ciphertext]] = raw.exec(`SELECT ciphertext FROM keys WHERE name = 'A'`)[0].values as string[][];
    const last = ciphertext.length - 1;
    raw.run(`UPDATE keys SET ciphertext = ? WHERE name = 'A'`, [
      ciphertext.slice(0, last) + (ciphertext[last] === 'a' ? 'b' : 'a'),
    ]);
    writeFileSync(options.path, raw.export());
    const tampered = Vault.open(options);
    await assert.rejects(
      tampered.reveal('A', 'test'),
      (e: Error) => code('decrypt-failed')(e) && /Key A/.test(e.message),
    );
    assert.equal(await tampered.reveal('B', 'test'), 'value-b-1234567890');
    assert.ok(tampered.auditLog().some((entry) => entry.action === 'decrypt-failed' && entry.keyName === 'A'));
  });

  it('refuses a ciphertext copied onto another record', async () => {
    const { vault, options } = await newVault(dir());
    await vault.addMany([
      { name: 'A', value: 'value-a-1234567890' },
      { name: 'B', value: 'value-b-1234567890' },
    ]);
    const raw = new options.sql.Database(readFileSync(options.path));
    raw.run(`UPDATE keys SET ciphertext = (SELECT ciphertext FROM keys WHERE name = 'A') WHERE name = 'B'`);
    writeFileSync(options.path, raw.export());
    await assert.rejects(Vault.open(options).reveal('B', 'test'), code('decrypt-failed'));
  });

  it('recognises a stored value by keyed fingerprint', async () => {
    const { vault } = await newVault(dir());
    const value = plantedValue();
    await vault.add({ name: 'FOUND', value });
    assert.deepEqual(vault.recognise(value), ['FOUND']);
    assert.deepEqual(vault.recognise(`${value}x`), []);
  });

  it('deletes a key so that neither the file nor its backup holds its ciphertext', async () => {
    const { vault, options } = await newVault(dir());
    await vault.addMany([
      { name: 'GONE', value: plantedValue() },
      { name: 'KEPT', value: plantedValue() },
    ]);
    const raw = new options.sql.Database(readFileSync(options.path));
    const [[ciphertext]] = raw.exec(`SELECT ciphertext FROM keys WHERE name = 'GONE'`)[0].values as string[][];
    const data = ciphertext.split(':')[2];
    assert.ok(readFileSync(options.path).includes(data));
    await vault.remove('GONE');
    assert.ok(!readFileSync(options.path).includes(data));
    assert.ok(!readFileSync(`${options.path}.bak`).includes(data));
    assert.deepEqual(
      Vault.open(options)
        .list()
        .map((k) => k.name),
      ['KEPT'],
    );
    await assert.rejects(vault.remove('GONE'), code('key-missing'));
  });

  it('keeps the previous state as vault.db.bak', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'ONE', value: plantedValue() });
    await vault.add({ name: 'TWO', value: plantedValue() });
    const backup = Vault.open({ ...options, path: `${options.path}.bak` });
    assert.deepEqual(
      backup.list().map((k) => k.name),
      ['ONE'],
    );
  });

  it('merges changes from two open copies instead of overwriting', async () => {
    const { vault: first, options } = await newVault(dir());
    const second = Vault.open(options);
    await first.add({ name: 'FROM_FIRST', value: plantedValue() });
    await second.add({ name: 'FROM_SECOND', value: plantedValue() });
    assert.deepEqual(
      Vault.open(options)
        .list()
        .map((k) => k.name),
      ['FROM_FIRST', 'FROM_SECOND'],
    );
    assert.equal(first.refresh(), true);
    assert.equal(first.list().length, 2);
  });

  it('audits every change with a chained MAC and never a value', async () => {
    const { vault } = await newVault(dir());
    const value = plantedValue();
    await vault.add({ name: 'A', value });
    await vault.reveal('A', 'copy');
    await vault.revealForInjection(['A'], 'run node');
    await vault.remove('A');
    const log = vault.auditLog();
    assert.deepEqual(
      log.map((e) => e.action),
      ['vault-create', 'key-add', 'key-reveal', 'key-inject', 'key-delete'],
    );
    assert.equal(new Set(log.map((e) => e.mac)).size, log.length);
    assert.ok(log.every((e) => e.actor === 'test (mocha)'));
    assert.ok(!JSON.stringify(log).includes(value));
  });
});

describe('Vault key lifecycle', () => {
  const dir = useTempDir();

  it('rotates to a new version, keeps the old one encrypted, and reverts', async () => {
    const { vault, options } = await newVault(dir());
    const first = plantedValue();
    const second = plantedValue();
    await vault.add({ name: 'K', value: first });
    const rotated = await vault.rotate('K', second);
    assert.equal(rotated.version, 2);
    assert.ok(rotated.lastRotatedAt);
    assert.equal(await vault.reveal('K', 'test'), second);
    assert.deepEqual(
      vault.versions('K').map((v) => v.version),
      [1],
    );
    assert.deepEqual(vault.recognise(first), ['K'], 'old values stay recognisable');
    const file = readFileSync(options.path);
    assert.ok(!file.includes(first) && !file.includes(second));
    await assert.rejects(vault.rotate('K', second), /same as the current one/);
    const reverted = await vault.revert('K');
    assert.equal(reverted.version, 3);
    assert.equal(await Vault.open(options).reveal('K', 'test'), first);
    assert.deepEqual(
      vault.versions('K').map((v) => v.version),
      [2, 1],
    );
  });

  it('refuses to revert a key that was never rotated', async () => {
    const { vault } = await newVault(dir());
    await vault.add({ name: 'K', value: plantedValue() });
    await assert.rejects(vault.revert('K'), code('refused'));
  });

  it('renames, sets the rotation period and the status, each audited', async () => {
    const { vault, options } = await newVault(dir());
    await vault.addMany([
      { name: 'OLD', value: plantedValue() },
      { name: 'OTHER', value: plantedValue() },
    ]);
    await assert.rejects(vault.rename('OLD', 'OTHER'), code('key-exists'));
    await assert.rejects(vault.rename('OLD', 'bad name'), code('invalid-input'));
    await vault.rename('OLD', 'NEW');
    await vault.setRotationDays('NEW', 30);
    await vault.setStatus('NEW', 'compromised');
    const key = Vault.open(options).get('NEW');
    assert.equal(key.rotationDays, 30);
    assert.equal(key.status, 'compromised');
    assert.ok(await vault.reveal('NEW', 'test'), 'the value survives a rename (records are bound by id, not name)');
    const actions = vault.auditLog().map((e) => e.action);
    assert.deepEqual(actions.slice(-4, -1), ['key-rename', 'key-update', 'key-update']);
  });

  it('deleting a rotated key erases every version', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'K', value: plantedValue() });
    await vault.rotate('K', plantedValue());
    await vault.remove('K');
    const raw = new options.sql.Database(readFileSync(options.path));
    assert.deepEqual(raw.exec('SELECT COUNT(*) FROM key_versions')[0].values, [[0]]);
  });
});
