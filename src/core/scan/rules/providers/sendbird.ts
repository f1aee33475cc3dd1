import type { Rule } from '../../types';
import { providerRule } from './build';

// Sendbird API tokens: 40 hex named by context.
const REVOKE = 'Sendbird dashboard > Settings > General > revoke the API token';

export const sendbirdRules: Rule[] = [
  providerRule({
    id: 'sendbird-api-token',
    description: 'Sendbird API token',
    provider: 'sendbird',
    body: '[a-f0-9]{40}',
    context: ['sendbird'],
    revoke: REVOKE,
  }),
];
