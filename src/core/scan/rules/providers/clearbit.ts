import type { Rule } from '../../types';
import { providerRule } from './build';

// Clearbit secret keys: sk_ and 32 hex, named by context.
export const clearbitRules: Rule[] = [
  providerRule({
    id: 'clearbit-secret-key',
    description: 'Clearbit secret key',
    provider: 'clearbit',
    body: 'sk_[a-f0-9]{32}',
    context: ['clearbit'],
    revoke: 'Clearbit dashboard > API > roll the secret key',
  }),
];
