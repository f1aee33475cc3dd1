import type { Rule } from '../../types';
import { providerRule } from './build';

// Binance API keys and secrets: 64 alphanumerics, named by context.
export const binanceRules: Rule[] = [
  providerRule({
    id: 'binance-api-credential',
    description: 'Binance API key or secret',
    provider: 'binance',
    body: '[A-Za-z0-9]{64}',
    context: ['binance'],
    revoke: 'Binance > Account > API management > delete',
  }),
];
