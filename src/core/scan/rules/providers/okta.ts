import type { Rule } from '../../types';
import { providerRule } from './build';

// Okta API tokens: 00 + 40 base64url chars.
export const oktaRules: Rule[] = [
  providerRule({
    id: 'okta-api-token',
    description: 'Okta API token',
    provider: 'okta',
    body: '00[A-Za-z0-9_-]{40}',
    context: ['okta'],
    revoke: 'Okta Admin Console > Security > API > Tokens',
  }),
];
