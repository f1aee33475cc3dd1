import type { Rule } from '../../types';
import { providerRule } from './build';

// Censys API secrets: 32 alphanumerics, named by context (the API id beside them is a UUID).
export const censysRules: Rule[] = [
  providerRule({
    id: 'censys-api-secret',
    description: 'Censys API secret',
    provider: 'censys',
    body: '[A-Za-z0-9]{32}',
    context: ['censys'],
    revoke: 'search.censys.io/account/api > reset the secret',
  }),
];
