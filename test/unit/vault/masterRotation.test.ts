import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { KeywardError } from '../../../src/core/errors';
import { Vault, type VaultOptions } from '../../../src/core/vault/vault';
import { bundleScript } from '../../support/bundle';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue } from '../../support/vault';
import { tamper } from './tamper';

const WASM = require.resolve('sql.js/dist/sql-wasm.wasm');

const wrongKey = (pattern: RegExp) => (e: unknown) =>
  e instanceof KeywardError && e.code === 'wrong-master-key' && pattern.test(e.message);

async function stocked(dir: string): Promise<{ vault: Vault; options: VaultOptions; values: Map<string, string[]> }> {
  const { vault, options } = await newVault(dir);
  const values = new Map<string, string[]>();
  for (const name of ['A', 'B', 'C']) {
    const history = [plantedValue(), plantedValue()];
    await vault.add({ name, value: history[0] });
    await vault.rotate(name, history[1]);
    values.set(name, history);
  }
  return { vault, options, values };
}

describe('master-key rotation', () => {
  const dir = useTempDir();

  it('re-seals every key and version under the new key, re-derives fingerprints and re-MACs the audit log', async () => {
    const { vault, options, values } = await stocked(dir());
    const oldId = vault.keyId;
    const next = generateMasterKey();
    const steps: string[] = [];
    const result = await vault.rotateMaster(next, { onStep: (s) => steps.push(s) });
    assert.deepEqual(steps, ['pending-saved', 'resealed', 'saved']);
    assert.deepEqual([result.keys, result.versions, result.oldKeyId], [3, 3, oldId]);
    assert.equal(vault.keyId, result.newKeyId);
    assert.equal(await vault.reveal('A', 'same session'), values.get('A')![1]);

    const reopened = Vault.open({ ...options, masterKey: next });
    for (const [name, history] of values) {
      assert.equal(await reopened.reveal(name, 'check'), history[1]);
      assert.deepEqual(
        reopened.recognise(history[0]),
        [name],
        'older versions are recognised under the new fingerprint key',
      );
    }
    assert.equal(
      (await reopened.revert('A')).masked.slice(-4),
      values.get('A')![0].slice(-4),
      'older versions decrypt',
    );
    assert.equal(reopened.verifyAudit().problem, undefined);
    const rotations = reopened
      .auditLog()
      .filter((e) => e.action === 'master-rotate')
      .map((e) => e.detail);
    assert.match(rotations[0], new RegExp(`^started: from key id ${oldId} to key id ${result.newKeyId}`));
    assert.match(
      rotations[1],
      /^completed: .* 3 keys, 3 versions re-encrypted; \d+ audit entries verified and re-sealed/,
    );
    assert.equal(reopened.pendingMasterRotation(), undefined);

    assert.throws(
      () => Vault.open(options),
      wrongKey(new RegExp(`id ${oldId}\\) was retired by a master-key rotation`)),
    );
    assert.ok(existsSync(`${options.path}.bak`));
    assert.throws(
      () => Vault.open({ ...options, path: `${options.path}.bak` }),
      wrongKey(/retired/),
      'no backup sealed with the old key is kept',
    );
  });

  it('a rotation that fails after its first save rolls the vault and its backup back byte for byte', async () => {
    const { vault, options, values } = await stocked(dir());
    const before = [readFileSync(options.path), readFileSync(`${options.path}.bak`)];
    const next = generateMasterKey();
    const stop = new Error('failure after the marker was saved');
    await assert.rejects(
      vault.rotateMaster(next, {
        onStep: (s) => {
          if (s === 'resealed') throw stop;
        },
      }),
      (e) => e === stop,
    );
    assert.deepEqual([readFileSync(options.path), readFileSync(`${options.path}.bak`)], before);
    assert.equal(vault.pendingMasterRotation(), undefined, 'the in-memory copy followed the files back');
    assert.equal(await vault.reveal('B', 'check'), values.get('B')![1]);
    assert.throws(() => Vault.open({ ...options, masterKey: next }), wrongKey(/does not open this vault/));
  });

  it('an interrupted rotation leaves the vault under the old key, names the new one, and can be finished or rolled back', async function () {
    this.timeout(60_000);
    const { vault, options, values } = await stocked(dir());
    vault.close();
    const next = generateMasterKey();
    const child = spawnSync(
      process.execPath,
      [bundleScript(path.join(__dirname, '../../support/children/rotator.ts')), options.path, WASM, 'pending-saved'],
      {
        env: {
          ...process.env,
          KEYWARD_MASTER_KEY: options.masterKey.toString('base64'),
          KEYWARD_NEW_MASTER_KEY: next.toString('base64'),
        },
      },
    );
    assert.equal(child.signal, 'SIGKILL', 'the child died right after saving the marker');
    assert.throws(
      () => Vault.open({ ...options, masterKey: next }),
      wrongKey(/new key .* did not finish: the vault is still sealed with key id/),
    );
    const old = Vault.open(options);
    assert.ok(old.pendingMasterRotation());
    assert.equal(await old.reveal('B', 'check'), values.get('B')![1]);

    assert.deepEqual(Object.keys((await old.abortMasterRotation())!), ['keyId']);
    assert.equal(old.pendingMasterRotation(), undefined);
    await old.rotateMaster(next);
    assert.equal(await Vault.open({ ...options, masterKey: next }).reveal('C', 'check'), values.get('C')![1]);
  });

  it('refuses the same key, and refuses to launder a tampered audit log unless told to', async () => {
    const { vault, options } = await stocked(dir());
    await assert.rejects(vault.rotateMaster(options.masterKey), /already uses/);
    vault.close();
    await tamper(options.path, "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3");
    const opened = Vault.open(options);
    await assert.rejects(opened.rotateMaster(generateMasterKey()), /fails verification at entry 3/);
    assert.equal(opened.pendingMasterRotation(), undefined, 'refused before anything was written');
    const next = generateMasterKey();
    await opened.rotateMaster(next, { acceptBrokenAudit: true });
    const log = Vault.open({ ...options, masterKey: next }).auditLog();
    assert.match(log[log.length - 1].detail, /re-sealed although verification failed at entry 3/);
  });
});
