// `NAME=value` pairs in the middle of a line: log lines, query strings and command output
// (`INFO connecting with api_key=... region=eu`). The name must be secret-like and the value
// pass the same judgment as any value found by name alone.
import type { Rule } from '../../types';
import { SECRET_NAME_TAIL, SECRET_WORD, SECRET_WORD_KEYWORDS } from './secretNames';

export const logLineRules: Rule[] = [
  {
    id: 'generic-secret-inline',
    description: 'Secret in a key=value pair inside a line',
    provider: 'generic',
    category: 'secret',
    keywords: SECRET_WORD_KEYWORDS,
    alsoKeywords: ['='],
    // After a space, `?`, `&`, `,`, `;`, `(` or `[`: not the start of a line (the config rules own
    // that). The name's start is checked behind the secret word, once the word matched: a
    // lookbehind in front would run at every position of a long line (see redos.test.ts).
    pattern: new RegExp(
      `${SECRET_WORD}(?<=[ \\t?&,;(\\[][\\w.-]{1,70})${SECRET_NAME_TAIL}=([A-Za-z0-9+/_.~-]{12,256}={0,2})(?=[\\s&,;)\\]'"]|$)`,
      'i',
    ),
    secretGroup: 1,
    minEntropy: 3.5,
    severity: 'error',
    generic: true,
    docs: 'A log line or URL carries a credential. Rotate it, and mask secrets before they are logged or put in URLs.',
  },
];
