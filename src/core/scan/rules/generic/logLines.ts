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
    // that). The pattern starts at the `=` and checks the name behind it: `=` followed by twelve
    // token characters is rare, where a search starting at secret words or with a leading
    // lookbehind runs at every position (2 s on the ReDoS test's 1 MB line, the costliest rule on
    // real code).
    pattern: new RegExp(
      `=(?=[A-Za-z0-9+/_.~-]{12})(?<=[ \\t?&,;(\\[][\\w.-]{0,40}${SECRET_WORD}${SECRET_NAME_TAIL}=)([A-Za-z0-9+/_.~-]{12,256}={0,2})(?=[\\s&,;)\\]'"]|$)`,
      'i',
    ),
    secretGroup: 1,
    minEntropy: 3.5,
    severity: 'error',
    generic: true,
    docs: 'A log line or URL carries a credential. Rotate it, and mask secrets before they are logged or put in URLs.',
  },
];
