import type { Rule } from '../../types';
import { providerRule } from './build';

// FreshBooks access tokens: 64 alphanumerics named by context.
const REVOKE = 'FreshBooks developer page > revoke the token';

export const freshbooksRules: Rule[] = [
  providerRule({
    id: 'freshbooks-access-token',
    description: 'FreshBooks access token',
    provider: 'freshbooks',
    body: '[A-Za-z0-9]{64}',
    context: ['freshbooks'],
    revoke: REVOKE,
  }),
];
