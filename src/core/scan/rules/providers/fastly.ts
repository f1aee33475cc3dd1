import type { Rule } from '../../types';
import { providerRule } from './build';

// Fastly API tokens: 32 base64url chars, named by context.
export const fastlyRules: Rule[] = [
  providerRule({
    id: 'fastly-api-token',
    description: 'Fastly API token',
    provider: 'fastly',
    body: '[A-Za-z0-9_-]{32}',
    context: ['fastly'],
    minEntropy: 3.5,
    revoke: 'Fastly > Account > Personal API tokens',
  }),
];
