// Insecure patterns (a secret-named identifier logged, stored in web storage, returned from a
// decryption) rest on the identifier's name and on being code. They count in source and
// config files only, never on a comment line. A bare `token` or `auth` is a credential only
// in code that deals with authentication (within a function or two of the call): in a lexer, a parser or a template engine it is a
// syntax token (`log.Printf("unexpected closing tag, %v", token)`).
import type { FileFacts } from './fileFacts';
import type { Judgment } from './judgment';

const AMBIGUOUS_NAME = /^(?:tokens?|auth)$/i;
const PATTERN_IN_CODE: Judgment = { confidence: 'medium', reason: 'pattern in code', demoted: false };

export function judgeCodePattern(identifier: string, start: number, facts: FileFacts): Judgment | undefined {
  if (facts.role !== 'source' && facts.role !== 'config') return undefined;
  if (facts.inComment(start)) return undefined;
  if (AMBIGUOUS_NAME.test(identifier) && !facts.mentionsAuthenticationNear(start)) return undefined;
  return PATTERN_IN_CODE;
}
