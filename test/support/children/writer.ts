// Child process for the crash and concurrency tests: adds keys `${prefix}${i}` one save at a time,
// printing each index once its save is complete, until `count` keys are added (or it is killed).
import initSqlJs from 'sql.js';
import { Vault } from '../../../src/core/vault/vault';
import { expectedValue } from './values';

async function main(): Promise<void> {
  const [vaultPath, prefix, start, count, wasmPath] = process.argv.slice(2);
  const sql = await initSqlJs({ locateFile: () => wasmPath });
  const masterKey = Buffer.from(process.env.KEYWARD_MASTER_KEY ?? '', 'base64');
  const vault = Vault.open({ sql, path: vaultPath, masterKey, actor: `writer ${process.pid}`, lockTimeoutMs: 60_000 });
  process.stdout.write('ready\n');
  for (let i = Number(start); i < Number(start) + Number(count); i++) {
    await vault.add({ name: `${prefix}${i}`, value: expectedValue(prefix, i) });
    process.stdout.write(`${i}\n`);
  }
}

main().catch((error: unknown) => {
  // The parent test matches on the error code (a KeywardError's) and message.
  const { code = '', message = String(error) } = error instanceof Error ? (error as Error & { code?: string }) : {};
  process.stderr.write(`${code} ${message}\n`);
  process.exit(2);
});
