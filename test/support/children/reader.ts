// Child process for the concurrency stress test: opens the vault over and over while others save,
// checking that every open sees a whole, verifiable vault. Prints the number of opens on SIGTERM.
import initSqlJs from 'sql.js';
import { Vault } from '../../../src/core/vault/vault';

async function main(): Promise<void> {
  const [vaultPath, wasmPath] = process.argv.slice(2);
  const sql = await initSqlJs({ locateFile: () => wasmPath });
  const masterKey = Buffer.from(process.env.KEYWARD_MASTER_KEY ?? '', 'base64');
  let opens = 0;
  process.on('SIGTERM', () => {
    process.stdout.write(`${opens}\n`);
    process.exit(0);
  });
  for (;;) {
    const vault = Vault.open({ sql, path: vaultPath, masterKey, actor: `reader ${process.pid}` });
    const problem = vault.verifyAudit().problem;
    if (problem) throw new Error(`audit log broken at ${problem.seq}: ${problem.message}`);
    if (vault.auditLog().filter((e) => e.action === 'key-add').length !== vault.list().length)
      throw new Error('keys and their audit entries disagree');
    vault.close();
    opens++;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((error: NodeJS.ErrnoException) => {
  process.stderr.write(`${error.code ?? ''} ${error.message}\n`);
  process.exit(2);
});
