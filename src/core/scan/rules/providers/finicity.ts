import type { Rule } from '../../types';
import { providerRule } from './build';

// Finicity app keys: 32 hex, named by context.
export const finicityRules: Rule[] = [
  providerRule({
    id: 'finicity-app-key',
    description: 'Finicity app key',
    provider: 'finicity',
    body: '[a-f0-9]{32}',
    context: ['finicity'],
    revoke: 'Finicity developer portal > Applications',
  }),
];
