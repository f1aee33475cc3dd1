// Child process for the master-key rotation crash test: opens the vault with KEYWARD_MASTER_KEY,
// prints `ready`, rotates to KEYWARD_NEW_MASTER_KEY and prints `done`. Given a step name, it
// SIGKILLs itself the moment that step is reached, so the test can stop it at every step.
import initSqlJs from 'sql.js';
import { Vault } from '../../../src/core/vault/vault';

async function main(): Promise<void> {
  const [vaultPath, wasmPath, killAt] = process.argv.slice(2);
  const sql = await initSqlJs({ locateFile: () => wasmPath });
  const key = (name: string) => Buffer.from(process.env[name] ?? '', 'base64');
  const vault = Vault.open({
    sql,
    path: vaultPath,
    masterKey: key('KEYWARD_MASTER_KEY'),
    actor: `rotator ${process.pid}`,
    lockTimeoutMs: 60_000,
  });
  process.stdout.write('ready\n');
  await vault.rotateMaster(key('KEYWARD_NEW_MASTER_KEY'), {
    onStep: (step) => {
      if (step === killAt) process.kill(process.pid, 'SIGKILL');
    },
  });
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  // The parent test matches on the error code (a KeywardError's) and message.
  const { code = '', message = String(error) } = error instanceof Error ? (error as Error & { code?: string }) : {};
  process.stderr.write(`${code} ${message}\n`);
  process.exit(2);
});
