import type { Rule } from '../../types';
import { providerRule } from './build';

// Blocknative API keys: UUIDs, named by context.
export const blocknativeRules: Rule[] = [
  providerRule({
    id: 'blocknative-api-key',
    description: 'Blocknative API key',
    provider: 'blocknative',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['blocknative'],
    revoke: 'Blocknative account > API keys > delete',
  }),
];
