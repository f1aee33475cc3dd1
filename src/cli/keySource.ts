import { agentFromEnv, fetchKeys } from '../core/agent/client';
import { ownClaim } from '../core/agent/caller';
import { AGENT_ADDRESS_ENV } from '../core/agent/env';
import { MASTER_KEY_ENV_VARS } from '../core/crypto/masterKey';
import { KeywardError } from '../core/errors';
import type { CliIO } from './io';
import { openVault } from './commands/vault/context';

export interface KeyRequest {
  /** `--vault`: a vault file, which only a master key opens. */
  vault?: string;
  /** `--only`: these names; otherwise every active key (of `environment`). */
  names?: string[];
  environment?: string;
  /** For the audit log when the vault is opened here, e.g. `cli run node`. */
  purpose: string;
}

/**
 * Decrypted keys for a command, from one of two places. With a master key in the environment,
 * the vault file is opened here (CI, scripts). Without one, inside a VS Code terminal or debug
 * session, KEYWARD_AGENT names the extension host's agent, which holds the master key and asks
 * the user; this process never sees the master key. Either way the release is audited.
 */
export async function keysFor(io: CliIO, request: KeyRequest): Promise<Map<string, string>> {
  const hasMasterKey = MASTER_KEY_ENV_VARS.some((name) => io.env[name]?.trim());
  const agent = hasMasterKey ? undefined : agentFromEnv(io.env);
  if (agent) {
    if (request.vault)
      throw new KeywardError(
        `--vault opens a vault file, which needs KEYWARD_MASTER_KEY; through ${AGENT_ADDRESS_ENV}, keys come from the vault of the VS Code folder that started this terminal.`,
        'usage',
      );
    return fetchKeys(agent, { caller: ownClaim(io.cwd), keys: request.names, environment: request.environment });
  }
  const vault = await openVault(io, request.vault);
  try {
    const names =
      request.names ??
      vault
        .list()
        // Retired keys are not used, compromised ones wait for their rotation (revealForInjection refuses them).
        .filter((k) => k.status === 'active' && (!request.environment || k.environment === request.environment))
        .map((k) => k.name);
    return await vault.revealForInjection(names, request.purpose);
  } finally {
    vault.close();
  }
}

/** `--only A,B` as a list of names; undefined when absent. */
export function nameList(flag: string | undefined): string[] | undefined {
  return flag
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
