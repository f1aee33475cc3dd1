import type { Rule } from '../../types';
import { providerRule } from './build';

// RapidAPI keys: 50 chars, named by context.
export const rapidapiRules: Rule[] = [
  providerRule({
    id: 'rapidapi-key',
    description: 'RapidAPI key',
    provider: 'rapidapi',
    body: '[A-Za-z0-9_-]{50}',
    context: ['rapidapi'],
    minEntropy: 3.5,
    revoke: 'RapidAPI Hub > Apps > Security',
  }),
];
