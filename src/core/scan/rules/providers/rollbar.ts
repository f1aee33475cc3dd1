import type { Rule } from '../../types';
import { providerRule } from './build';

// Rollbar access tokens: 32 hex, named by context.
export const rollbarRules: Rule[] = [
  providerRule({
    id: 'rollbar-access-token',
    description: 'Rollbar access token',
    provider: 'rollbar',
    body: '[a-f0-9]{32}',
    context: ['rollbar'],
    revoke: 'Rollbar > Project settings > Project access tokens',
  }),
];
