import type { Rule } from '../../types';
import { providerRule } from './build';

// Algolia admin/write keys: 32 hex, named by context.
export const algoliaRules: Rule[] = [
  providerRule({
    id: 'algolia-api-key',
    description: 'Algolia admin or write API key',
    provider: 'algolia',
    body: '[a-f0-9]{32}',
    context: ['algolia_admin', 'algolia_api_key', 'algolia_key', 'algolia_write'],
    revoke: 'Algolia dashboard > Settings > API Keys',
  }),
];
