import type { Rule } from '../../types';
import { providerRule } from './build';

// Gumroad access tokens: 43 base64url characters, named by context.
export const gumroadRules: Rule[] = [
  providerRule({
    id: 'gumroad-access-token',
    description: 'Gumroad access token',
    provider: 'gumroad',
    body: '[A-Za-z0-9_-]{43}',
    context: ['gumroad'],
    revoke: 'Gumroad > Settings > Advanced > Applications > revoke',
  }),
];
