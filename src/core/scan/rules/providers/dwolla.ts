import type { Rule } from '../../types';
import { providerRule } from './build';

// Dwolla application keys and secrets: 50 alphanumerics, named by context.
export const dwollaRules: Rule[] = [
  providerRule({
    id: 'dwolla-api-credential',
    description: 'Dwolla application key or secret',
    provider: 'dwolla',
    body: '[A-Za-z0-9]{50}',
    context: ['dwolla'],
    revoke: 'Dwolla dashboard > Applications > regenerate the secret',
  }),
];
