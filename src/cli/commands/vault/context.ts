import { existsSync } from 'node:fs';
import path from 'node:path';
import { actorName } from '../../../core/actor';
import { masterKeyFromEnv } from '../../../core/crypto/masterKey';
import { Vault, type VaultOptions } from '../../../core/vault/vault';
import type { CliIO } from '../../io';
import { loadSqlJs } from '../../sqlite';

export const DEFAULT_VAULT = path.join('.keyward', 'vault.db');

/** `--vault` wins; otherwise the nearest `.keyward/vault.db` upwards, like git finds `.git`. */
export function resolveVaultPath(io: CliIO, flag: string | undefined): string {
  if (flag) return path.resolve(io.cwd, flag);
  for (let dir = path.resolve(io.cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, DEFAULT_VAULT);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(io.cwd, DEFAULT_VAULT);
  }
}

export async function vaultOptions(io: CliIO, vaultFlag: string | undefined): Promise<VaultOptions> {
  return {
    sql: await loadSqlJs(),
    path: resolveVaultPath(io, vaultFlag),
    masterKey: masterKeyFromEnv(io.env),
    actor: actorName('keyward-cli'),
    fileSystem: io.fileSystem,
  };
}

export async function openVault(io: CliIO, vaultFlag: string | undefined): Promise<Vault> {
  return Vault.open(await vaultOptions(io, vaultFlag));
}
