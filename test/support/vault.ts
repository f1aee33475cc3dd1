import path from 'node:path';
import { generateMasterKey } from '../../src/core/crypto/masterKey';
import { Vault, type VaultOptions } from '../../src/core/vault/vault';
import { sqlEngine } from './sql';

/** Options for a vault in `dir`, with a fresh master key unless one is given. */
export async function vaultOptions(dir: string, masterKey = generateMasterKey()): Promise<VaultOptions> {
  return { sql: await sqlEngine(), path: path.join(dir, '.keyward', 'vault.db'), masterKey, actor: 'test (mocha)' };
}

export async function newVault(dir: string, masterKey?: Buffer): Promise<{ vault: Vault; options: VaultOptions }> {
  const options = await vaultOptions(dir, masterKey);
  return { vault: await Vault.create(options), options };
}

/** A made-up value in Stripe's test-key shape, different on every call. */
export function plantedValue(): string {
  const random = () => Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  // Long enough (56 characters) that its mask may show the prefix and still stay under a quarter.
  return `sk_test_${random()}${Date.now().toString(36).padStart(9, '0')}PLANTED${random()}${random()}`;
}
