import type { Rule } from '../../types';
import { providerRule } from './build';

// Looker API client secrets: 24 alphanumerics, named by context (the 20-character client id is an
// id).
export const lookerRules: Rule[] = [
  providerRule({
    id: 'looker-client-secret',
    description: 'Looker client secret',
    provider: 'looker',
    body: '[A-Za-z0-9]{24}',
    context: ['looker'],
    revoke: 'Looker admin > Users > Edit keys > delete the API key',
  }),
];
