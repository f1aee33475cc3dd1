// Vault benchmark: 10,000 keys through the real store, against a naive peer measured in the same
// run (the same AES-GCM envelopes in one JSON file, written with fsync + rename). Run with
// `npm run bench` or `npx tsx test/bench/vault.ts`.
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seal, open } from '../../src/core/crypto/envelope';
import { generateMasterKey } from '../../src/core/crypto/masterKey';
import { maskSecret } from '../../src/core/mask';
import { Vault } from '../../src/core/vault/vault';
import { sqlEngine } from '../support/sql';

const KEYS = 10_000;

function time<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;

function jsonPeer(dir: string, values: string[], key: Buffer) {
  const file = path.join(dir, 'peer.json');
  const save = (records: unknown) => {
    const temp = `${file}.tmp`;
    const fd = openSync(temp, 'w');
    writeSync(fd, JSON.stringify(records));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, file);
  };
  const records = values.map((value, i) => ({
    name: `KEY_${i}`,
    ciphertext: seal(key, value, `rec-${i}`),
    masked: maskSecret(value),
  }));
  const [, saveMs] = time(() => save(records));
  const [loaded, openMs] = time(() => JSON.parse(readFileSync(file, 'utf8')) as typeof records);
  const [, listMs] = time(() => loaded.map((r) => `${r.name} ${r.masked}`));
  time(() => open(key, loaded[0].ciphertext, 'rec-0', 'check'));
  return { saveMs, openMs, listMs };
}

export async function runVaultBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'keyward-bench-'));
  try {
    const sql = await sqlEngine();
    const options = { sql, path: path.join(dir, 'vault.db'), masterKey: generateMasterKey(), actor: 'bench' };
    const values = Array.from(
      { length: KEYS },
      (_, i) => `sk_test_${i.toString(36).padStart(8, '0')}${'Ab3xY9'.repeat(14)}`,
    );
    const vault = await Vault.create(options);
    const [, addAllMs] = await timeAsync(() =>
      vault.addMany(values.map((value, i) => ({ name: `KEY_${i}`, value, provider: 'stripe' }))),
    );
    const [, saveMs] = await timeAsync(() => vault.add({ name: 'ONE_MORE', value: values[0] }));
    vault.close();
    const [reopened, openMs] = time(() => Vault.open(options));
    const [listed, listMs] = time(() => reopened.list());
    const [, revealMs] = await timeAsync(() => reopened.reveal('KEY_42', 'bench'));
    // Both saves of the crash-safe protocol: the pending marker, then the re-sealed vault.
    const [, rotateMasterMs] = await timeAsync(() => reopened.rotateMaster(generateMasterKey()));
    const peer = jsonPeer(dir, values, options.masterKey);
    const sizeMb = readFileSync(options.path).length / 1e6;

    console.log(
      `\nVault, ${KEYS.toLocaleString()} keys (file ${sizeMb.toFixed(1)} MB); peer = same envelopes in one fsynced JSON file`,
    );
    console.log(`  add all (one transaction + save) ${fmt(addAllMs)}`);
    console.log(
      `  save (add one key to 10k)       ${fmt(saveMs)}   peer save ${fmt(peer.saveMs)}   ratio ${(saveMs / peer.saveMs).toFixed(2)}x`,
    );
    console.log(
      `  open (read + verify)            ${fmt(openMs)}   peer open ${fmt(peer.openMs)}   ratio ${(openMs / peer.openMs).toFixed(2)}x`,
    );
    console.log(`  list masked (${listed.length} rows)        ${fmt(listMs)}   peer list ${fmt(peer.listMs)}`);
    console.log(`  open + list                     ${fmt(openMs + listMs)}   (aim < 300 ms)`);
    console.log(`  reveal one key (audited save)   ${fmt(revealMs)}`);
    console.log(`  rotate master key (all ${listed.length})  ${fmt(rotateMasterMs)}   (aim < 1 s)`);
    console.log(
      `  peak RSS                        ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(8)} MB`,
    );
    reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void runVaultBench();
