import type { Rule } from '../../types';
import { providerRule } from './build';

// KuCoin API key (24 hex) and secret (UUID), named by context.
const REVOKE = 'KuCoin > API Management > delete the key';

export const kucoinRules: Rule[] = [
  providerRule({
    id: 'kucoin-api-key',
    description: 'KuCoin API key',
    provider: 'kucoin',
    body: '[a-f0-9]{24}',
    context: ['kucoin'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'kucoin-api-secret',
    description: 'KuCoin API secret',
    provider: 'kucoin',
    body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    context: ['kucoin'],
    revoke: REVOKE,
  }),
];
