import type { Rule } from '../../types';
import { providerRule } from './build';

// LocationIQ access tokens: pk. and 32 hex, named by context.
export const locationiqRules: Rule[] = [
  providerRule({
    id: 'locationiq-access-token',
    description: 'LocationIQ access token',
    provider: 'locationiq',
    body: String.raw`pk\.[a-f0-9]{32}`,
    context: ['locationiq'],
    revoke: 'LocationIQ dashboard > Access tokens > delete',
  }),
];
