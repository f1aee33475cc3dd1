// Concurrent writers never lose an acknowledged update: three writers adding keys, two readers
// opening the vault in a loop, and SIGKILLs at random moments (a killed writer is restarted from
// its first unacknowledged key), over several rounds. Every key a writer printed as saved must be
// in the vault with its value, every open must see a whole vault, and the audit log must verify.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { Vault, type VaultOptions } from '../../../src/core/vault/vault';
import { bundleScript } from '../../support/bundle';
import { expectedValue } from '../../support/children/values';
import { useTempDir } from '../../support/tempDir';
import { newVault } from '../../support/vault';

const WASM = require.resolve('sql.js/dist/sql-wasm.wasm');
const ROUNDS = 4;
const WRITERS = ['A', 'B', 'C'];
const KEYS_PER_WRITER = 25;
const READERS = 2;
const KILLS_PER_ROUND = 6;

interface Writer {
  prefix: string;
  acked: Set<number>;
  child?: ChildProcess;
  done: boolean;
  stderr: string;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on('close', (code) => resolve(code));
  });

describe('a save by another process while the vault is being read', () => {
  const dir = useTempDir();

  it('is not mistaken for the version that was read, so the next change keeps it', async () => {
    const { vault, options } = await newVault(dir());
    await vault.add({ name: 'FIRST', value: 'first-value-123456' });
    vault.close();
    // Version N+1, saved "by another process": prepared beside the vault, renamed in mid-read.
    const side = path.join(dir(), 'side');
    mkdirSync(side);
    copyFileSync(options.path, path.join(side, 'vault.db'));
    const other = Vault.open({ ...options, path: path.join(side, 'vault.db') });
    await other.add({ name: 'FROM_OTHER', value: 'other-value-123456' });
    other.close();

    // node:fs as the vault code calls it; the swap fires right after the vault's bytes are read.
    const fs = process.getBuiltinModule('node:fs') as unknown as Record<
      'readSync' | 'readFileSync',
      (...args: unknown[]) => unknown
    >;
    const originals = { readSync: fs.readSync, readFileSync: fs.readFileSync };
    let armed = true;
    const swapAfter =
      (original: (...args: unknown[]) => unknown) =>
      (...args: unknown[]) => {
        const result = original(...args);
        if (armed) {
          armed = false;
          renameSync(path.join(side, 'vault.db'), options.path);
        }
        return result;
      };
    fs.readSync = swapAfter(originals.readSync);
    fs.readFileSync = swapAfter(originals.readFileSync);
    let reader: Vault;
    try {
      reader = Vault.open(options);
    } finally {
      Object.assign(fs, originals);
    }
    assert.equal(armed, false, 'the other save landed while the vault was being read');
    await reader.add({ name: 'FROM_READER', value: 'reader-value-123456' });
    reader.close();
    const names = Vault.open(options)
      .list()
      .map((k) => k.name)
      .sort();
    assert.deepEqual(names, ['FIRST', 'FROM_OTHER', 'FROM_READER']);
  });
});

describe('concurrent writers, readers and SIGKILLs (child processes)', function () {
  this.timeout(600_000);
  const dir = useTempDir();
  let writerScript = '';
  let readerScript = '';
  before(() => {
    writerScript = bundleScript(path.join(__dirname, '../../support/children/stressWriter.ts'));
    readerScript = bundleScript(path.join(__dirname, '../../support/children/reader.ts'));
  });

  it(`keeps every acknowledged write: ${ROUNDS} rounds of ${WRITERS.length} writers x ${KEYS_PER_WRITER} keys, ${READERS} readers, random kills`, async () => {
    const totals = { acked: 0, kills: 0, opens: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const { vault, options } = await newVault(path.join(dir(), `round-${round}`), generateMasterKey());
      vault.close();
      const env = { ...process.env, KEYWARD_MASTER_KEY: options.masterKey.toString('base64') };
      const writers: Writer[] = WRITERS.map((prefix) => ({ prefix, acked: new Set(), done: false, stderr: '' }));
      const start = (w: Writer) => {
        const next = w.acked.size === 0 ? 0 : Math.max(...w.acked) + 1;
        const child = spawn(
          process.execPath,
          [writerScript, options.path, w.prefix, String(next), String(KEYS_PER_WRITER), WASM],
          {
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        createInterface({ input: child.stdout }).on('line', (line) => w.acked.add(Number(line)));
        child.stderr.on('data', (chunk) => (w.stderr += chunk));
        child.on('close', (code) => {
          if (code === 0) w.done = true;
        });
        w.child = child;
      };
      const readers = Array.from({ length: READERS }, () =>
        spawn(process.execPath, [readerScript, options.path, WASM], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
      );
      let readerErrors = '';
      for (const r of readers) r.stderr.on('data', (chunk) => (readerErrors += chunk));
      writers.forEach(start);

      // Kills land at random moments while the writers run; then they are left to finish.
      for (let kill = 0; kill < KILLS_PER_ROUND && writers.some((w) => !w.done); kill++) {
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 600));
        const running = writers.filter((w) => !w.done);
        // All may have finished during the pause.
        if (running.length === 0) break;
        const victim = running[Math.floor(Math.random() * running.length)];
        victim.child!.kill('SIGKILL');
        const code = await exited(victim.child!);
        assert.ok(code === null || code === 0, `writer ${victim.prefix} failed: ${victim.stderr}`);
        if (!victim.done) {
          totals.kills++;
          start(victim);
        }
      }
      for (const w of writers) {
        const code = await exited(w.child!);
        assert.equal(code, 0, `writer ${w.prefix} failed: ${w.stderr}`);
      }

      const opens = await Promise.all(
        readers.map(async (r) => {
          let out = '';
          r.stdout.on('data', (chunk) => (out += chunk));
          r.kill('SIGTERM');
          await exited(r);
          return Number(out.trim()) || 0;
        }),
      );
      assert.equal(readerErrors, '', 'every open saw a whole vault');
      totals.opens += opens.reduce((a, b) => a + b, 0);
      totals.acked += await assertAllAcknowledged(options, writers);
    }
    console.log(
      `      ${totals.acked} acknowledged writes all kept; ${totals.kills} writers killed mid-run; ${totals.opens} concurrent opens by readers`,
    );
    assert.ok(totals.kills > 0, 'some writers were killed');
  });
});

async function assertAllAcknowledged(options: VaultOptions, writers: Writer[]): Promise<number> {
  const vault = Vault.open(options);
  try {
    const names = new Set(vault.list().map((k) => k.name));
    let acked = 0;
    for (const w of writers) {
      for (let i = 0; i < KEYS_PER_WRITER; i++) {
        assert.ok(names.has(`${w.prefix}${i}`), `${w.prefix}${i} was lost`);
        if (w.acked.has(i)) acked++;
      }
    }
    assert.equal(names.size, writers.length * KEYS_PER_WRITER);
    const values = await vault.revealForInjection([...names], 'check');
    for (const [name, value] of values) assert.equal(value, expectedValue(name[0], Number(name.slice(1))));
    assert.equal(vault.verifyAudit().problem, undefined);
    return acked;
  } finally {
    vault.close();
  }
}
