import type { AnswerContext } from './context';
import { authorise, within } from './authorise';
import { PROTOCOL_VERSION, refusal, type AgentReply, type CommitCheckRequest } from './protocol';

/**
 * Answers a `commit-check` from the pre-commit hook: only a session opened for Source Control
 * decides commits (a terminal's or a debug session's token cannot), one question at a time; no
 * answer in time means no commit. The extension shows the findings and audits "Commit Anyway".
 */
export async function answerCommitCheck(request: CommitCheckRequest, context: AnswerContext): Promise<AgentReply> {
  const authorised = await authorise(request, context, (session, reason) => {
    context.log(`Refused a commit check for ${session.label}: ${reason}.`);
    return Promise.resolve();
  });
  if ('reply' in authorised) return authorised.reply;
  const { session, caller } = authorised;
  const decide = session.spec.commitCheck;
  if (!decide) return refusal('denied', 'This session does not decide commits.');
  const decision = await session.serially(() =>
    within(
      decide({ caller, repository: request.repository, findings: request.findings }),
      context.decisionTimeoutMs,
      'abort',
    ),
  );
  return { v: PROTOCOL_VERSION, ok: true, decision: decision === 'timeout' ? 'abort' : decision };
}
