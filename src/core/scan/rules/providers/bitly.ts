import type { Rule } from '../../types';
import { providerRule } from './build';

// Bitly access tokens: 40 hex, named by context.
export const bitlyRules: Rule[] = [
  providerRule({
    id: 'bitly-access-token',
    description: 'Bitly access token',
    provider: 'bitly',
    body: '[a-f0-9]{40}',
    context: ['bitly'],
    revoke: 'bitly.com > Settings > API > regenerate the token',
  }),
];
