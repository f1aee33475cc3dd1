import { connect } from 'node:net';
import type { GrantDecision, GrantRequest } from '../../../src/core/agent/context';
import { KeyAgent, type AgentOptions } from '../../../src/core/agent/agent';
import { ownClaim } from '../../../src/core/agent/caller';
import type { SessionHandle } from '../../../src/core/agent/session';
import { vaultKeySource } from '../../../src/core/agent/vaultSource';
import type { Vault, VaultOptions } from '../../../src/core/vault/vault';
import { newVault, plantedValue } from '../../support/vault';

/** An agent over a real vault with two planted keys, a scripted user and everything it logged. */
export interface AgentFixture {
  agent: KeyAgent;
  vault: Vault;
  /** How the vault was opened, to open the same file again (as another process would). */
  options: VaultOptions;
  values: { STRIPE_KEY: string; OPENAI_KEY: string };
  /** What the scripted user was asked, in order. */
  asked: GrantRequest[];
  /** Answers for the next prompts, in order; `deny` when none is queued. */
  answers: (GrantDecision | Promise<GrantDecision>)[];
  logged: string[];
  session: SessionHandle;
  close(): Promise<void>;
}

export async function startAgentFixture(dir: string, options: Partial<AgentOptions> = {}): Promise<AgentFixture> {
  const { vault, options: vaultOptions } = await newVault(dir);
  const values = { STRIPE_KEY: plantedValue(), OPENAI_KEY: plantedValue() };
  await vault.add({ name: 'STRIPE_KEY', value: values.STRIPE_KEY, environment: 'prod' });
  await vault.add({ name: 'OPENAI_KEY', value: values.OPENAI_KEY });
  const asked: GrantRequest[] = [];
  const answers: AgentFixture['answers'] = [];
  const logged: string[] = [];
  const agent = await KeyAgent.start({
    grant: (request) => {
      asked.push(request);
      return Promise.resolve(answers.shift() ?? 'deny');
    },
    log: (message) => logged.push(message),
    ...options,
  });
  const session = agent.openSession({ label: 'terminals of folder demo', source: vaultKeySource(() => vault) });
  return {
    agent,
    vault,
    options: vaultOptions,
    values,
    asked,
    answers,
    logged,
    session,
    close: async () => {
      await agent.close();
      vault.close();
    },
  };
}

/** Sends raw bytes to the agent and resolves with everything it answers before hanging up. */
export function rawExchange(address: string, payload: string | Buffer, { end = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(address, () => {
      socket.write(payload);
      if (end) socket.end();
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

/** A well-formed request line from this very process. */
export function requestLine(token: string, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ v: 1, op: 'get', token, caller: ownClaim(process.cwd()), ...extra })}\n`;
}

export { plantedValue };
