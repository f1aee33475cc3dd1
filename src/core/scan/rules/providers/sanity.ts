import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Sanity API tokens: sk and 78-200 alphanumerics, named by context (`sanity` alone is test
// vocabulary).
export const sanityRules: Rule[] = [
  providerRule({
    id: 'sanity-api-token',
    description: 'Sanity API token',
    provider: 'sanity',
    body: 'sk[A-Za-z0-9]{78,200}',
    context: ['sanity_api', 'sanity_auth', 'sanity_token', 'sanity_write', 'sanity_read'],
    keywords: nameKeywords('sanity', ['api', 'auth', 'token', 'write', 'read']),
    revoke: 'sanity.io/manage > Project > API > Tokens > delete',
  }),
];
