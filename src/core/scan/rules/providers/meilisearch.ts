import type { Rule } from '../../types';
import { providerRule } from './build';

// Meilisearch master and API keys: at least 16 bytes the operator chose, named by context.
export const meilisearchRules: Rule[] = [
  providerRule({
    id: 'meilisearch-key',
    description: 'Meilisearch master or API key',
    provider: 'meilisearch',
    body: '[A-Za-z0-9_-]{16,128}',
    context: ['meili_master_key', 'meilisearch', 'meili_api_key'],
    revoke: 'change MEILI_MASTER_KEY and restart, then recreate the API keys',
  }),
];
