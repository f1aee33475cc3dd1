import type { Rule } from '../../types';
import { providerRule } from './build';

// Atlassian Statuspage API keys: UUIDs, named by context.
export const statuspageRules: Rule[] = [
  providerRule({
    id: 'statuspage-api-key',
    description: 'Statuspage API key',
    provider: 'statuspage',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['statuspage'],
    revoke: 'Statuspage > User > API info > revoke the key',
  }),
];
