import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Elasticsearch and Elastic Cloud API keys (base64 of id:key), named by context (`elastic` alone
// is everywhere).
export const elasticRules: Rule[] = [
  providerRule({
    id: 'elastic-api-key',
    description: 'Elastic API key',
    provider: 'elastic',
    body: '[A-Za-z0-9+/_-]{40,120}={0,2}',
    context: ['elastic_api_key', 'elasticsearch_api_key', 'elastic_cloud_api_key', 'es_api_key'],
    keywords: [
      ...nameKeywords('elastic', ['api', 'cloud']),
      ...nameKeywords('elasticsearch', ['api']),
      ...nameKeywords('es', ['api']),
    ],
    revoke: 'Kibana > Stack management > API keys, or Elastic Cloud > API keys > invalidate',
  }),
];
