// Child process for the concurrency stress test: adds keys `${prefix}${i}` for i in [start, end),
// printing `i` once its save is complete (an acknowledged write). A key already present was saved
// by an earlier incarnation that was killed before it could print: that is not an error.
import initSqlJs from 'sql.js';
import { isKeywardError } from '../../../src/core/errors';
import { Vault } from '../../../src/core/vault/vault';
import { expectedValue } from './values';

async function main(): Promise<void> {
  const [vaultPath, prefix, start, end, wasmPath] = process.argv.slice(2);
  const sql = await initSqlJs({ locateFile: () => wasmPath });
  const masterKey = Buffer.from(process.env.KEYWARD_MASTER_KEY ?? '', 'base64');
  const vault = Vault.open({ sql, path: vaultPath, masterKey, actor: `writer ${process.pid}`, lockTimeoutMs: 60_000 });
  for (let i = Number(start); i < Number(end); i++) {
    try {
      await vault.add({ name: `${prefix}${i}`, value: expectedValue(prefix, i) });
    } catch (error) {
      if (!isKeywardError(error) || error.code !== 'key-exists') throw error;
    }
    process.stdout.write(`${i}\n`);
  }
}

main().catch((error: NodeJS.ErrnoException) => {
  process.stderr.write(`${error.code ?? ''} ${error.message}\n`);
  process.exit(2);
});
