import type { Rule } from '../../types';
import { providerRule } from './build';

// SparkPost API keys: 40 hex, named by context.
export const sparkpostRules: Rule[] = [
  providerRule({
    id: 'sparkpost-api-key',
    description: 'SparkPost API key',
    provider: 'sparkpost',
    body: '[a-f0-9]{40}',
    context: ['sparkpost'],
    revoke: 'SparkPost > Configuration > API Keys',
  }),
];
