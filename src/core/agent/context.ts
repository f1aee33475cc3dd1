import type { CallerView } from './caller';
import type { AgentSession } from './session';

/** What the user is asked: which session, which process, which keys (names only). */
export interface GrantRequest {
  session: string;
  caller: CallerView;
  keys: string[];
}

/** `session`: allow these keys for the rest of the session; `once`: this request only; `deny`. */
export type GrantDecision = 'session' | 'once' | 'deny';

export interface AnswerContext {
  /** The session the request's token names, if the token is right. */
  session: AgentSession | undefined;
  grant(request: GrantRequest): Promise<GrantDecision>;
  decisionTimeoutMs: number;
  /** False once the requester hung up or the agent closed: nothing is decrypted for nobody. */
  stillWanted(): boolean;
  log(message: string): void;
  proc?: string;
}
