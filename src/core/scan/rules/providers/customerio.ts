import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Customer.io tracking (20 hex) and App API keys (32 hex), named by context (`customer` alone is
// everywhere).
export const customerioRules: Rule[] = [
  providerRule({
    id: 'customerio-api-key',
    description: 'Customer.io API key',
    provider: 'customerio',
    body: '[a-f0-9]{32}|[a-f0-9]{20}',
    context: ['customerio', 'customer_io'],
    keywords: nameKeywords('customer', ['io']),
    revoke: 'Customer.io > Account settings > API credentials > regenerate',
  }),
];
