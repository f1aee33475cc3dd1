import type { Rule } from '../../types';
import { providerRule } from './build';

// Plaid access tokens name their environment: access-<env>- + a UUID; secrets are 30 hex.
const REVOKE = 'Plaid dashboard > Team settings > Keys';

export const plaidRules: Rule[] = [
  providerRule({
    id: 'plaid-access-token',
    description: 'Plaid access token',
    provider: 'plaid',
    body: 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'plaid-secret',
    description: 'Plaid secret',
    provider: 'plaid',
    body: '[a-f0-9]{30}',
    context: ['plaid_secret'],
    revoke: REVOKE,
  }),
];
