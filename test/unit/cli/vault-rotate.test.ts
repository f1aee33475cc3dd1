import assert from 'node:assert/strict';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import type { RotationReport } from '../../../src/core/vault/reminders';
import { Vault } from '../../../src/core/vault/vault';
import { keyward } from '../../support/cli';
import { useDist } from '../../support/dist';
import { parseJson } from '../../support/json';
import { sqlEngine } from '../../support/sql';
import { useTempDir } from '../../support/tempDir';
import { plantedValue } from '../../support/vault';

describe('keyward vault rotate / revert / status (CLI)', function () {
  useDist();
  this.timeout(120_000);
  const dir = useTempDir();
  const masterKey = generateMasterKey();
  const run = (args: string[], input = '') =>
    keyward(args, { cwd: dir(), env: { KEYWARD_MASTER_KEY: masterKey.toString('base64') }, input });

  it('rotates from stdin, checks the provider, keeps the old value and reverts', () => {
    run(['vault', 'init']);
    const first = plantedValue();
    const second = plantedValue();
    assert.equal(run(['vault', 'add', 'STRIPE', '--provider', 'stripe'], first).code, 0);
    const refused = run(['vault', 'rotate', 'STRIPE'], 'not-a-stripe-key-123456');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /does not look like a Stripe key.*--force/);
    const rotated = run(['vault', 'rotate', 'STRIPE'], `${second}\n`);
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.match(rotated.stdout, new RegExp(`version 2: sk_test_\\.\\.\\.\\.${second.slice(-4)}`));
    assert.equal(run(['vault', 'get', 'STRIPE']).stdout, second);
    const reverted = run(['vault', 'revert', 'STRIPE']);
    assert.equal(reverted.code, 0, reverted.stderr);
    assert.match(reverted.stdout, /now version 3/);
    assert.equal(run(['vault', 'get', 'STRIPE']).stdout, first);
    for (const r of [refused, rotated, reverted])
      assert.ok(!`${r.stdout}${r.stderr}`.includes(first) && !`${r.stdout}${r.stderr}`.includes(second));
    assert.equal(run(['vault', 'rotate', 'STRIPE', '--force'], 'not-a-stripe-key-123456').code, 0);
    assert.equal(run(['vault', 'rotate', 'MISSING'], 'x-value-1234567890').code, 1);
    assert.equal(run(['vault', 'revert', 'MISSING']).code, 1);
  });

  it('status lists overdue keys and the master key age, and fails CI only with --fail-on-overdue', async () => {
    const created = new Date(Date.now() - 100 * 86_400_000);
    const options = {
      sql: await sqlEngine(),
      path: path.join(dir(), '.keyward', 'vault.db'),
      masterKey,
      actor: 'test',
      now: () => created,
    };
    const vault = await Vault.create(options);
    await vault.add({ name: 'OLD', value: plantedValue() });
    await vault.add({ name: 'MONTHLY', value: plantedValue(), rotationDays: 365 });
    vault.close();
    const text = run(['vault', 'status']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /OVERDUE\s+OLD \(default\) is 10 days overdue/);
    assert.doesNotMatch(text.stdout, /MONTHLY/);
    assert.match(text.stdout, /OVERDUE\s+the master key is 100 days old/);
    assert.equal(run(['vault', 'status', '--fail-on-overdue']).code, 1);
    const json = parseJson<RotationReport>(run(['vault', 'status', '--json', '--max-age-days', '200']).stdout);
    assert.deepEqual(json.keys, []);
    assert.equal(json.master.state, 'overdue');
    assert.equal(json.overdue, true);
  });

  it('status passes --fail-on-overdue on a fresh vault', () => {
    run(['vault', 'init']);
    run(['vault', 'add', 'NEW'], plantedValue());
    const r = run(['vault', 'status', '--fail-on-overdue']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /No key is due/);
  });

  it('rotate-master prints a generated key once on stdout, or takes KEYWARD_NEW_MASTER_KEY; the old key is then told it was retired', () => {
    run(['vault', 'init']);
    const value = plantedValue();
    run(['vault', 'add', 'A'], value);
    const generated = run(['vault', 'rotate-master']);
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(generated.stdout, /^[A-Za-z0-9+/]{43}=\n$/);
    assert.match(generated.stderr, /shown once[\s\S]*1 keys and 0 older versions re-encrypted/);
    const newKey = generated.stdout.trim();
    const old = run(['vault', 'list']);
    assert.equal(old.code, 2);
    assert.match(old.stderr, /was retired by a master-key rotation/);
    const withNew = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
      keyward(args, { cwd: dir(), env: { KEYWARD_MASTER_KEY: newKey, ...extra } });
    assert.equal(withNew(['vault', 'get', 'A']).stdout, value);
    const third = generateMasterKey().toString('base64');
    const given = withNew(['vault', 'rotate-master'], { KEYWARD_NEW_MASTER_KEY: third });
    assert.equal(given.code, 0, given.stderr);
    assert.equal(given.stdout, '', 'a key the user gave is never printed');
    assert.equal(keyward(['vault', 'get', 'A'], { cwd: dir(), env: { KEYWARD_MASTER_KEY: third } }).stdout, value);
    assert.match(
      keyward(['vault', 'rotate-master', '--abort'], { cwd: dir(), env: { KEYWARD_MASTER_KEY: third } }).stdout,
      /No master-key rotation was pending/,
    );
    for (const r of [generated, given]) assert.ok(!`${r.stdout}${r.stderr}`.includes(value));
  });
});
