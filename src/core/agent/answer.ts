import { answerCommitCheck } from './answerCommit';
import { answerGet } from './answerGet';
import type { AnswerContext } from './context';
import type { AgentReply, AgentRequest } from './protocol';

/** Answers one parsed request, by operation. */
export function answer(request: AgentRequest, context: AnswerContext): Promise<AgentReply> {
  return request.op === 'get' ? answerGet(request, context) : answerCommitCheck(request, context);
}
