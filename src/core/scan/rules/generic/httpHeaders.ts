// Credentials in HTTP headers written out in scripts, docs and request files:
//   curl -H "Authorization: Bearer ...", X-API-Key: ..., PRIVATE-TOKEN: ... (.http, .sh, .md)
import type { Rule } from '../../types';

const HEADER =
  '(?:proxy-)?authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|' +
  'x-[a-z0-9-]{0,30}-(?:api-?)?(?:token|key|secret)';

export const httpHeaderRules: Rule[] = [
  {
    id: 'generic-secret-http-header',
    description: 'Credential in an HTTP header',
    provider: 'generic',
    category: 'secret',
    keywords: ['authorization', 'api-key', 'apikey', '-token', '-key', '-secret'],
    // The scheme word is optional; `$TOKEN`, `<token>` and `{{token}}` cannot match the value class.
    pattern: new RegExp(
      `(?<![\\w-])(?:${HEADER})\\s{0,4}:\\s{0,4}(?:(?:bearer|token|basic|apikey|sso-key)\\s{1,4})?([A-Za-z0-9+/_.~=-]{12,512})(?![\\w+/=.~-])`,
      'i',
    ),
    secretGroup: 1,
    minEntropy: 3,
    severity: 'error',
    generic: true,
    basis: 'context',
    docs: 'A request header carries a credential. Rotate it, and have scripts read it from the environment (e.g. "Authorization: Bearer $TOKEN").',
  },
];
