import type { Rule } from '../../types';
import { providerRule } from './build';

// Zulip API keys: 32 alphanumerics, named by context.
export const zulipRules: Rule[] = [
  providerRule({
    id: 'zulip-api-key',
    description: 'Zulip API key',
    provider: 'zulip',
    body: '[A-Za-z0-9]{32}',
    context: ['zulip'],
    revoke: 'Zulip > Personal settings > Account & privacy > regenerate the API key',
  }),
];
