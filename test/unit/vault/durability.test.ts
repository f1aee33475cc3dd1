import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { Vault, type VaultOptions } from '../../../src/core/vault/vault';
import { bundleScript } from '../../support/bundle';
import { expectedValue } from '../../support/children/values';
import { useTempDir } from '../../support/tempDir';
import { newVault } from '../../support/vault';

const WASM = require.resolve('sql.js/dist/sql-wasm.wasm');

function startWriter(
  script: string,
  options: VaultOptions,
  prefix: string,
  start: number,
  count: number,
): ChildProcess {
  return spawn(process.execPath, [script, options.path, prefix, String(start), String(count), WASM], {
    env: { ...process.env, KEYWARD_MASTER_KEY: options.masterKey.toString('base64') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('close', (code) => resolve(code)));
}

/** Every key decrypts to the value its writer wrote, and each key has exactly one audit entry. */
async function assertConsistent(options: VaultOptions, prefix: string): Promise<number> {
  const vault = Vault.open(options);
  const names = vault.list().map((k) => k.name);
  const indexes = names.map((n) => Number(n.slice(prefix.length))).sort((a, b) => a - b);
  indexes.forEach((index, position) => assert.equal(index, position, 'keys are a gapless prefix of what was written'));
  const values = await vault.revealForInjection(names, 'check');
  for (const name of names) assert.equal(values.get(name), expectedValue(prefix, Number(name.slice(prefix.length))));
  const adds = vault.auditLog().filter((e) => e.action === 'key-add').length;
  assert.equal(adds, names.length, 'audit entries and keys were saved together');
  vault.close();
  return names.length;
}

describe('vault durability (child processes)', function () {
  // 200 child processes: a few seconds each on a loaded 2-core CI machine, so the limit is generous.
  this.timeout(900_000);
  const dir = useTempDir();
  let script = '';
  before(() => {
    script = bundleScript(path.join(__dirname, '../../support/children/writer.ts'));
  });

  it('survives SIGKILL at random moments while saving (200 kills)', async () => {
    const { vault, options } = await newVault(dir(), generateMasterKey());
    vault.close();
    let stored = 0;
    let interruptedWrites = 0;
    for (let kill = 0; kill < 200; kill++) {
      const child = startWriter(script, options, 'K', stored, 1_000_000);
      const lines = createInterface({ input: child.stdout! });
      // Every other kill waits for one completed save first, so the writer progresses on a busy machine too.
      const waitFor = kill % 2 === 0 ? 1 : 2;
      let seen = 0;
      await new Promise<void>((resolve) => lines.on('line', () => ++seen === waitFor && resolve()));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
      child.kill('SIGKILL');
      await exited(child);
      if (readdirSync(path.dirname(options.path)).some((f) => f.endsWith('.tmp'))) interruptedWrites++;
      stored = await assertConsistent(options, 'K');
    }
    assert.ok(stored > 0, 'the writer made progress between kills');
    console.log(`      200 kills, ${stored} keys saved, ${interruptedWrites} kills left a half-written temp file`);
  });

  it('keeps every change when two processes add keys at the same time (2 x 100)', async () => {
    const { vault, options } = await newVault(dir(), generateMasterKey());
    vault.close();
    const writers = [startWriter(script, options, 'A', 0, 100), startWriter(script, options, 'B', 0, 100)];
    let stderr = '';
    for (const w of writers) w.stderr!.on('data', (chunk) => (stderr += chunk));
    const codes = await Promise.all(writers.map(exited));
    assert.deepEqual(codes, [0, 0], stderr);
    const names = new Set(
      Vault.open(options)
        .list()
        .map((k) => k.name),
    );
    assert.equal(names.size, 200);
    for (let i = 0; i < 100; i++) assert.ok(names.has(`A${i}`) && names.has(`B${i}`));
  });
});
