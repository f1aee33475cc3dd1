import type { Rule } from '../../types';
import { providerRule } from './build';

// urlscan.io API keys: UUIDs, named by context.
export const urlscanRules: Rule[] = [
  providerRule({
    id: 'urlscan-api-key',
    description: 'urlscan.io API key',
    provider: 'urlscan',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['urlscan'],
    revoke: 'urlscan.io > Settings & API > delete the key',
  }),
];
