import type { Rule } from '../../types';
import { providerRule } from './build';

// Reddit OAuth client secrets: 27-30 base64url characters, named by context.
export const redditRules: Rule[] = [
  providerRule({
    id: 'reddit-client-secret',
    description: 'Reddit client secret',
    provider: 'reddit',
    body: '[A-Za-z0-9_-]{27,30}',
    context: ['reddit'],
    revoke: 'reddit.com/prefs/apps > the app > delete or regenerate the secret',
  }),
];
