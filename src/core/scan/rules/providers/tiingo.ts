import type { Rule } from '../../types';
import { providerRule } from './build';

// Tiingo API tokens: 40 hex, named by context.
export const tiingoRules: Rule[] = [
  providerRule({
    id: 'tiingo-api-token',
    description: 'Tiingo API token',
    provider: 'tiingo',
    body: '[a-f0-9]{40}',
    context: ['tiingo'],
    revoke: 'tiingo.com > Account > API > reset the token',
  }),
];
