import type { Rule } from '../../types';
import { providerRule } from './build';

// Ably API keys: app id . key id : secret, named by context.
export const ablyRules: Rule[] = [
  providerRule({
    id: 'ably-api-key',
    description: 'Ably API key',
    provider: 'ably',
    body: String.raw`[A-Za-z0-9_-]{4,10}\.[A-Za-z0-9_-]{4,10}:[A-Za-z0-9_=-]{30,50}`,
    context: ['ably'],
    revoke: 'Ably dashboard > App > API keys > revoke',
  }),
];
