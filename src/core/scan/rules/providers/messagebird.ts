import type { Rule } from '../../types';
import { providerRule } from './build';

// MessageBird (Bird) access keys: 25 alphanumerics.
export const messagebirdRules: Rule[] = [
  providerRule({
    id: 'messagebird-api-key',
    description: 'MessageBird API key',
    provider: 'messagebird',
    body: '[A-Za-z0-9]{25}',
    context: ['messagebird', 'message_bird'],
    minEntropy: 3.5,
    revoke: 'MessageBird dashboard > Developers > API access',
  }),
];
