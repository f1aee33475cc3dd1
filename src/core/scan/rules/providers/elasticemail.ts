import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Elastic Email API keys: 96 upper-case hex (or a UUID in older accounts), named by context
// (`elastic` alone is Elasticsearch).
export const elasticemailRules: Rule[] = [
  providerRule({
    id: 'elasticemail-api-key',
    description: 'Elastic Email API key',
    provider: 'elasticemail',
    body: '[A-F0-9]{96}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['elasticemail', 'elastic_email'],
    keywords: nameKeywords('elastic', ['email']),
    revoke: 'Elastic Email > Settings > Manage API keys > delete',
  }),
];
