import type { Rule } from '../../types';
import { providerRule } from './build';

// marketstack access keys: 32 hex, named by context.
export const marketstackRules: Rule[] = [
  providerRule({
    id: 'marketstack-access-key',
    description: 'marketstack access key',
    provider: 'marketstack',
    body: '[a-f0-9]{32}',
    context: ['marketstack'],
    revoke: 'marketstack dashboard > reset the access key',
  }),
];
