import { isKeywardError } from '../errors';
import type { AnswerContext } from './context';
import { authorise, within } from './authorise';
import { PROTOCOL_VERSION, refusal, type AgentReply, type GetRequest } from './protocol';
import type { AgentSession, KeySource } from './session';

/**
 * Answers one `get`: the token must name a live session, the caller's claim must hold, the keys
 * must exist (and be allowed for the session); then the user decides, unless an earlier "for this
 * session" covers them. Grants and refusals of an authenticated session are audited in its vault;
 * a bad token has no vault to audit in, so it is logged. Messages name keys, never values.
 */
export async function answerGet(request: GetRequest, context: AnswerContext): Promise<AgentReply> {
  const authorised = await authorise(request, context, (session, reason) =>
    session.spec.source
      ? recordRefusal(context, session, session.spec.source, request.keys ?? [], `agent, ${session.label}: ${reason}`)
      : Promise.resolve(),
  );
  if ('reply' in authorised) return authorised.reply;
  const { session } = authorised;
  const source = session.spec.source;
  if (!source) return refusal('denied', 'This session cannot read keys.');
  const caller = { ...authorised.caller, command: redacted(source, authorised.caller.command) };
  const who = `agent, ${session.label}: pid ${caller.pid} \`${caller.command}\`${caller.verified ? '' : ' (unverified)'}`;

  let available: string[];
  try {
    available = source.names(request.environment);
  } catch (error) {
    return refusal('unavailable', isKeywardError(error) ? error.message : 'The vault cannot be read now.');
  }
  const allowed = session.spec.allowedKeys;
  const names = [...new Set(request.keys ?? (allowed ? available.filter((n) => allowed.includes(n)) : available))];
  const unknown = names.filter((name) => !available.includes(name));
  if (unknown.length > 0)
    return refusal(
      'unknown-key',
      `No active key named ${unknown.join(', ')} in this vault (deleted, retired and compromised keys are not handed out).`,
    );
  const outside = allowed ? names.filter((name) => !allowed.includes(name)) : [];
  if (outside.length > 0) {
    await recordRefusal(context, session, source, names, `${who}: outside the session's keys (${outside.join(', ')})`);
    return refusal('denied', `This session may read only ${allowed!.join(', ')}.`);
  }
  if (names.length === 0) return { v: PROTOCOL_VERSION, ok: true, values: {} };

  return session.serially(async () => {
    if (!session.covers(names)) {
      const decision = await within(
        context.grant({ session: session.label, caller, keys: names }),
        context.decisionTimeoutMs,
        'deny',
      );
      if (decision === 'timeout' || decision === 'deny') {
        const timedOut = decision === 'timeout';
        if (!session.ended)
          await recordRefusal(
            context,
            session,
            source,
            names,
            `${who}: ${timedOut ? 'no answer in time' : 'denied by the user'}`,
          );
        return refusal('denied', `Access to ${names.join(', ')} was ${timedOut ? 'not granted in time' : 'denied'}.`);
      }
      if (decision === 'session') for (const name of names) session.granted.add(name);
    }
    if (session.ended || !context.stillWanted()) return refusal('unauthorised', 'The session ended.');
    try {
      const values = await source.reveal(names, who);
      return { v: PROTOCOL_VERSION, ok: true, values: Object.fromEntries(values) };
    } catch (error) {
      if (isKeywardError(error)) return refusal(error.exitCode === 1 ? 'denied' : 'unavailable', error.message);
      context.log(`Could not read keys for ${who} (${(error as Error)?.name ?? 'unknown error'}).`);
      return refusal('internal', 'The agent could not read the keys; see the Keyward log.');
    }
  });
}

/** Audits a refusal; a vault that cannot be written now (locked, gone) must not turn the refusal into an error. */
async function recordRefusal(
  context: AnswerContext,
  session: AgentSession,
  source: KeySource,
  names: string[],
  detail: string,
) {
  try {
    await source.refuse(names, detail);
  } catch (error) {
    context.log(
      `Could not audit a refusal for ${session.label} (${(error as Error)?.name ?? 'unknown error'}): ${detail}`,
    );
  }
}

/** The command line with any vaulted value in it masked; as it was if the vault cannot be read now. */
function redacted(source: KeySource, command: string): string {
  try {
    return source.redact?.(command) ?? command;
  } catch {
    return command;
  }
}
