import type { Rule } from '../../types';
import { providerRule } from './build';

// Bitfinex API keys and secrets: 43 base64url characters, named by context.
export const bitfinexRules: Rule[] = [
  providerRule({
    id: 'bitfinex-api-credential',
    description: 'Bitfinex API key or secret',
    provider: 'bitfinex',
    body: '[A-Za-z0-9_-]{43}',
    context: ['bitfinex'],
    revoke: 'Bitfinex > Account > API keys > revoke',
  }),
];
