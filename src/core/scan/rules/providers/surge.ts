import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Surge.sh tokens: 32 hex, named by context.
export const surgeRules: Rule[] = [
  providerRule({
    id: 'surge-token',
    description: 'Surge token',
    provider: 'surge',
    body: '[a-f0-9]{32}',
    context: ['surge_token'],
    keywords: nameKeywords('surge', ['token']),
    revoke: 'surge logout and surge token to issue a new one',
  }),
];
