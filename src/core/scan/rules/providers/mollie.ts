import type { Rule } from '../../types';
import { providerRule } from './build';

// Mollie API keys (live_/test_ + 30 alphanumerics) and organization access tokens (access_ + 40),
// named by context.
export const mollieRules: Rule[] = [
  providerRule({
    id: 'mollie-api-key',
    description: 'Mollie API key or access token',
    provider: 'mollie',
    body: '(?:live|test)_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40}',
    context: ['mollie'],
    revoke: 'Mollie dashboard > Developers > API keys or Organization access tokens > reset',
  }),
];
