import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { open as openEnvelope } from '../../../src/core/crypto/envelope';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { deriveVaultKeys } from '../../../src/core/crypto/subkeys';
import { KeywardError } from '../../../src/core/errors';
import { all } from '../../../src/core/vault/sqlite';
import { Vault, type VaultOptions } from '../../../src/core/vault/vault';
import { bundleScript } from '../../support/bundle';
import { expectedValue } from '../../support/children/values';
import { sqlEngine } from '../../support/sql';
import { useTempDir } from '../../support/tempDir';
import { newVault } from '../../support/vault';

const WASM = require.resolve('sql.js/dist/sql-wasm.wasm');
const KEYS = 120;
const RANDOM_KILLS = 100;
const STEPS = ['pending-saved', 'resealed', 'saved'];

/** Runs the rotating child; kills it at `killAt` (a step) or `afterMs` after it is ready. */
async function rotate(
  script: string,
  options: VaultOptions,
  next: Buffer,
  kill: { step?: string; afterMs?: number },
): Promise<number> {
  const child = spawn(process.execPath, [script, options.path, WASM, kill.step ?? 'none'], {
    env: {
      ...process.env,
      KEYWARD_MASTER_KEY: options.masterKey.toString('base64'),
      KEYWARD_NEW_MASTER_KEY: next.toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  const start = Date.now();
  if (kill.afterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
  await closed;
  return Date.now() - start;
}

/** Every value and every older version decrypts with `master`, read straight from the file. */
async function assertAllDecrypt(file: string, vaultId: string, master: Buffer): Promise<void> {
  const db = new (await sqlEngine()).Database(readFileSync(file));
  const { encryption } = deriveVaultKeys(master, vaultId);
  const aad = (id: string, version: number) => `keyward/v1|${vaultId}|${id}|${version}`;
  const names = new Map(all<{ id: string; name: string }>(db, 'SELECT id, name FROM keys').map((r) => [r.id, r.name]));
  assert.equal(names.size, KEYS, 'no key lost');
  for (const r of all<{ id: string; name: string; version: number; ciphertext: string }>(
    db,
    'SELECT id, name, version, ciphertext FROM keys',
  )) {
    assert.equal(
      openEnvelope(encryption, r.ciphertext, aad(r.id, r.version), r.name),
      expectedValue('new', Number(r.name.slice(1))),
    );
  }
  const versions = all<{ key_id: string; version: number; ciphertext: string }>(
    db,
    'SELECT key_id, version, ciphertext FROM key_versions',
  );
  assert.equal(versions.length, KEYS, 'no version lost');
  for (const v of versions)
    assert.equal(
      openEnvelope(encryption, v.ciphertext, aad(v.key_id, v.version), 'version'),
      expectedValue('old', Number(names.get(v.key_id)!.slice(1))),
    );
  db.close();
}

/** Which of the two keys opens the vault now; exactly one must, and the other must say why not. */
function whichKeyOpens(options: VaultOptions, next: Buffer): { vault: Vault; key: Buffer } {
  const attempt = (key: Buffer) => {
    try {
      return Vault.open({ ...options, masterKey: key });
    } catch (error) {
      assert.ok(error instanceof KeywardError && error.code === 'wrong-master-key', String(error));
      return error;
    }
  };
  const [withOld, withNew] = [attempt(options.masterKey), attempt(next)];
  assert.ok(withOld instanceof Vault !== withNew instanceof Vault, 'exactly one key opens the vault');
  if (withOld instanceof Vault) {
    if (withOld.pendingMasterRotation()) assert.match((withNew as Error).message, /did not finish/);
    return { vault: withOld, key: options.masterKey };
  }
  assert.match((withOld as Error).message, /was retired by a master-key rotation/);
  return { vault: withNew as Vault, key: next };
}

describe('master-key rotation survives SIGKILL (child processes)', function () {
  this.timeout(600_000);
  const dir = useTempDir();

  it(`opens with the old or the new key, all keys intact, after kills at every step and ${RANDOM_KILLS} random moments`, async () => {
    const script = bundleScript(path.join(__dirname, '../../support/children/rotator.ts'));
    const { vault, options } = await newVault(dir());
    await vault.addMany(Array.from({ length: KEYS }, (_, i) => ({ name: `K${i}`, value: expectedValue('old', i) })));
    for (let i = 0; i < KEYS; i++) await vault.rotate(`K${i}`, expectedValue('new', i));
    const vaultId = vault.id;
    vault.close();

    const first = generateMasterKey();
    const fullRun = await rotate(script, options, first, { step: 'none' });
    let current = whichKeyOpens(options, first).key;
    assert.equal(current, first, 'an uninterrupted run rotates');
    const outcomes = { old: 0, pending: 0, rotated: 0 };
    const plan = [
      ...STEPS.flatMap((step) => Array.from({ length: 4 }, () => ({ step }))),
      ...Array.from({ length: RANDOM_KILLS }, () => ({ afterMs: Math.random() * fullRun * 1.2 })),
    ];
    let next = generateMasterKey();
    for (const kill of plan) {
      await rotate(script, { ...options, masterKey: current }, next, kill);
      const opened = whichKeyOpens({ ...options, masterKey: current }, next);
      const pending = opened.vault.pendingMasterRotation();
      assert.equal(opened.vault.verifyAudit().problem, undefined, 'the audit log verifies under the key that opens');
      opened.vault.close();
      await assertAllDecrypt(options.path, vaultId, opened.key);
      outcomes[opened.key === current ? (pending ? 'pending' : 'old') : 'rotated']++;
      if (opened.key !== current) [current, next] = [next, generateMasterKey()];
    }
    console.log(
      `      ${plan.length} kills (rotation takes ~${fullRun} ms): ${outcomes.old} before the marker, ${outcomes.pending} pending, ${outcomes.rotated} rotated`,
    );
    assert.ok(outcomes.pending > 0 && outcomes.rotated > 0);
  });
});
