import type { Rule } from '../../types';
import { providerRule } from './build';

// weatherstack access keys: 32 hex, named by context.
export const weatherstackRules: Rule[] = [
  providerRule({
    id: 'weatherstack-access-key',
    description: 'weatherstack access key',
    provider: 'weatherstack',
    body: '[a-f0-9]{32}',
    context: ['weatherstack'],
    revoke: 'weatherstack dashboard > reset the access key',
  }),
];
