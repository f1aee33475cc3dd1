import type { Rule } from '../../types';
import { providerRule } from './build';

// Infura API keys: 32 hex, named by context.
export const infuraRules: Rule[] = [
  providerRule({
    id: 'infura-api-key',
    description: 'Infura API key',
    provider: 'infura',
    body: '[a-f0-9]{32}',
    context: ['infura'],
    revoke: 'Infura dashboard > API keys',
  }),
];
