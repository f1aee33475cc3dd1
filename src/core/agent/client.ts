import { connect } from 'node:net';
import { KeywardError } from '../errors';
import {
  AGENT_LIMITS,
  parseReply,
  PROTOCOL_VERSION,
  type AgentReply,
  type Caller,
  type CommitCheckRequest,
  type CommitDecision,
  type GetRequest,
  type ReportedFinding,
  type RefusalCode,
} from './protocol';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV } from './env';

export interface AgentEndpoint {
  address: string;
  token: string;
}

/** The agent named by KEYWARD_AGENT and KEYWARD_AGENT_TOKEN, when both are set. */
export function agentFromEnv(env: NodeJS.ProcessEnv): AgentEndpoint | undefined {
  const address = env[AGENT_ADDRESS_ENV]?.trim();
  const token = env[AGENT_TOKEN_ENV]?.trim();
  return address && token ? { address, token } : undefined;
}

export interface FetchOptions {
  caller: Caller;
  /** Names to fetch; absent means every active key. */
  keys?: string[];
  environment?: string;
  /** Longer than the agent's own wait for the user's answer, so its refusal arrives first. */
  timeoutMs?: number;
}

/** Refusals the requester can act on (exit code 1); the rest are errors (2). */
const REFUSALS: readonly RefusalCode[] = ['denied', 'unauthorised', 'caller-mismatch', 'unknown-key'];

/** Asks the agent for keys; resolves to name → value, or throws a KeywardError that names no value. */
export async function fetchKeys(agent: AgentEndpoint, options: FetchOptions): Promise<Map<string, string>> {
  const request: GetRequest = {
    v: PROTOCOL_VERSION,
    op: 'get',
    token: agent.token,
    caller: options.caller,
    ...(options.keys && { keys: options.keys }),
    ...(options.environment && { environment: options.environment }),
  };
  const reply = await exchange(agent.address, `${JSON.stringify(request)}\n`, options.timeoutMs);
  if (reply.ok && 'values' in reply) return new Map(Object.entries(reply.values));
  throw refusalError(reply);
}

/** Asks VS Code, through the agent of its Source Control session, whether to commit despite findings. */
export async function askToCommit(
  agent: AgentEndpoint,
  check: { caller: Caller; repository: string; findings: ReportedFinding[] },
): Promise<CommitDecision> {
  const request: CommitCheckRequest = {
    v: PROTOCOL_VERSION,
    op: 'commit-check',
    token: agent.token,
    ...check,
    findings: check.findings.slice(0, AGENT_LIMITS.findingsPerCheck),
  };
  const reply = await exchange(agent.address, `${JSON.stringify(request)}\n`);
  if (reply.ok && 'decision' in reply) return reply.decision;
  throw refusalError(reply);
}

function refusalError(reply: AgentReply): KeywardError {
  if (reply.ok) return new KeywardError('The Keyward agent answered another question.', 'agent-unavailable');
  const refused = REFUSALS.includes(reply.code);
  return new KeywardError(
    `The Keyward agent refused: ${reply.message}`,
    refused ? 'refused' : 'agent-unavailable',
    refused ? 1 : 2,
  );
}

function exchange(
  address: string,
  request: string,
  timeoutMs = AGENT_LIMITS.decisionTimeoutMs + 30_000,
): Promise<AgentReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(address);
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (message: string) => {
      socket.destroy();
      reject(new KeywardError(message, 'agent-unavailable'));
    };
    socket.setTimeout(timeoutMs, () => fail('The Keyward agent did not answer in time.'));
    socket.on('connect', () => socket.write(request));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT' || error.code === 'ECONNREFUSED'
          ? `No Keyward agent is listening at ${AGENT_ADDRESS_ENV} (${address}): the VS Code window that started it has closed or reloaded. Open a new terminal there, or set KEYWARD_MASTER_KEY.`
          : `Cannot reach the Keyward agent (${error.code ?? error.name}).`,
      ),
    );
    socket.on('data', (chunk) => {
      size += chunk.length;
      if (size > AGENT_LIMITS.replyBytes) return fail('The Keyward agent sent an oversized reply.');
      chunks.push(chunk);
    });
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return fail('The Keyward agent hung up without answering: its VS Code window may have closed.');
      const reply = parseReply(text.split('\n')[0]);
      if (reply) resolve(reply);
      else fail('The Keyward agent sent a reply this version of keyward does not understand.');
    });
  });
}
