import type { Rule } from '../../types';
import { providerRule } from './build';

// Vonage (Nexmo) API secrets: 16 alphanumerics, named by context.
export const vonageRules: Rule[] = [
  providerRule({
    id: 'vonage-api-secret',
    description: 'Vonage (Nexmo) API secret',
    provider: 'vonage',
    body: '[A-Za-z0-9]{16}',
    context: ['nexmo_api_secret', 'vonage_api_secret', 'nexmo_secret', 'vonage_secret'],
    minEntropy: 3.2,
    revoke: 'Vonage API dashboard > API settings',
  }),
];
