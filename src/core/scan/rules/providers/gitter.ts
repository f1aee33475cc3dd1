import type { Rule } from '../../types';
import { providerRule } from './build';

// Gitter personal access tokens: 40 characters named by context.
const REVOKE = 'Gitter developer page > revoke the token';

export const gitterRules: Rule[] = [
  providerRule({
    id: 'gitter-access-token',
    description: 'Gitter access token',
    provider: 'gitter',
    body: '[A-Za-z0-9_-]{40}',
    context: ['gitter'],
    revoke: REVOKE,
  }),
];
