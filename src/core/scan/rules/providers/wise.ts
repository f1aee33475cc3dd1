import type { Rule } from '../../types';
import { providerRule } from './build';

// Wise (TransferWise) API tokens: UUIDs, named by context.
export const wiseRules: Rule[] = [
  providerRule({
    id: 'wise-api-token',
    description: 'Wise API token',
    provider: 'wise',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['transferwise', 'wise_api', 'wise_token'],
    revoke: 'Wise > Settings > API tokens > revoke',
  }),
];
