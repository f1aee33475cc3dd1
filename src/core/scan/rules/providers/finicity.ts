import type { Rule } from '../../types';
import { providerRule } from './build';

// Finicity app keys (32 hex) and partner secrets (20 alphanumerics), named by context.
export const finicityRules: Rule[] = [
  providerRule({
    id: 'finicity-app-key',
    description: 'Finicity app key',
    provider: 'finicity',
    body: '[a-f0-9]{32}',
    context: ['finicity'],
    revoke: 'Finicity developer portal > Applications',
  }),
  providerRule({
    id: 'finicity-partner-secret',
    description: 'Finicity partner secret',
    provider: 'finicity',
    body: '[A-Za-z0-9]{20}',
    context: ['finicity_secret', 'finicity_partner_secret', 'finicity_client_secret'],
    revoke: 'Finicity developer portal > Partner credentials > reset the secret',
  }),
];
