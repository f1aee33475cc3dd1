import type { Rule } from '../../types';
import { providerRule } from './build';

// Miro access tokens: the base64 of {"miro.origin":"eu01"}, _ and 27 base64url characters; the
// 27-character part alone is named by context.
const REVOKE = 'Miro > Profile settings > Your apps > revoke the token';

export const miroRules: Rule[] = [
  providerRule({
    id: 'miro-access-token',
    description: 'Miro access token',
    provider: 'miro',
    body: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_[A-Za-z0-9_-]{27}',
    keywords: ['eyjtaxjvlm9yawdpbii6'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'miro-access-token-part',
    description: 'Miro access token',
    provider: 'miro',
    body: '[A-Za-z0-9]{27}',
    context: ['miro_access', 'miro_token', 'miro_api'],
    revoke: REVOKE,
  }),
];
