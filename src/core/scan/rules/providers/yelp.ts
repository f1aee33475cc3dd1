import type { Rule } from '../../types';
import { providerRule } from './build';

// Yelp Fusion API keys: 128 base64url characters, named by context.
export const yelpRules: Rule[] = [
  providerRule({
    id: 'yelp-api-key',
    description: 'Yelp API key',
    provider: 'yelp',
    body: '[A-Za-z0-9_-]{128}',
    context: ['yelp'],
    revoke: 'yelp.com/developers/v3/manage_app > reset the API key',
  }),
];
