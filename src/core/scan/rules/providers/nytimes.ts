import type { Rule } from '../../types';
import { providerRule } from './build';

// New York Times API keys: 32 characters named by context.
const REVOKE = 'developer.nytimes.com > Apps > revoke the key';

export const nytimesRules: Rule[] = [
  providerRule({
    id: 'nytimes-api-key',
    description: 'New York Times API key',
    provider: 'nytimes',
    body: '[A-Za-z0-9_=-]{32}',
    context: ['nytimes', 'newyorktimes'],
    revoke: REVOKE,
  }),
];
