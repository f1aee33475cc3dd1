import type { Rule } from '../../types';
import { providerRule } from './build';

// GoCardless access tokens: live_ or sandbox_ + 40.
export const gocardlessRules: Rule[] = [
  providerRule({
    id: 'gocardless-access-token',
    description: 'GoCardless access token',
    provider: 'gocardless',
    body: '(?:live|sandbox)_[A-Za-z0-9_=-]{40}',
    context: ['gocardless'],
    revoke: 'GoCardless dashboard > Developers > Access tokens',
  }),
];
