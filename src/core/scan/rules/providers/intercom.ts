import type { Rule } from '../../types';
import { providerRule } from './build';

// Intercom access tokens: 60 base64 chars, named by context.
export const intercomRules: Rule[] = [
  providerRule({
    id: 'intercom-access-token',
    description: 'Intercom access token',
    provider: 'intercom',
    body: '[A-Za-z0-9_=-]{60}',
    context: ['intercom'],
    minEntropy: 3.5,
    revoke: 'Intercom Developer Hub > your app > Authentication',
  }),
];
