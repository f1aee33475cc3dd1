import type { Rule } from '../../types';
import { providerRule } from './build';

// Travis CI API tokens: 22 chars, named by context.
export const travisRules: Rule[] = [
  providerRule({
    id: 'travis-api-token',
    description: 'Travis CI API token',
    provider: 'travis',
    body: '[A-Za-z0-9_-]{22}',
    context: ['travis'],
    minEntropy: 3.5,
    revoke: 'Travis CI > Settings > API authentication',
  }),
];
