import type { AnswerContext } from './context';
import { checkCaller, type CallerView } from './caller';
import { refusal, type AgentReply, type AgentRequest } from './protocol';
import type { AgentSession } from './session';

/**
 * The checks every request passes first: its token names a live session, and its caller's claim
 * holds (see caller.ts). A bad token has no vault to audit in, so it is logged; a false claim is
 * refused, and `onFalseClaim` lets the operation audit it.
 */
export async function authorise(
  request: AgentRequest,
  context: AnswerContext,
  onFalseClaim: (session: AgentSession, reason: string) => Promise<void> = () => Promise.resolve(),
): Promise<{ session: AgentSession; caller: CallerView } | { reply: AgentReply }> {
  const { session } = context;
  if (!session || session.ended) {
    context.log(`Refused a request from pid ${request.caller.pid}: unknown or ended session token.`);
    return { reply: refusal('unauthorised', 'The agent token is not valid (the session may have ended).') };
  }
  const check = checkCaller(request.caller, context.proc);
  if (!check.ok) {
    await onFalseClaim(session, check.reason);
    return { reply: refusal('caller-mismatch', `Refused: ${check.reason}.`) };
  }
  return { session, caller: check.caller };
}

/** What `work` resolves to, or 'timeout' after `ms`; a rejection counts as `onError`. */
export async function within<T>(work: Promise<T>, ms: number, onError: T): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([work.catch(() => onError), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
