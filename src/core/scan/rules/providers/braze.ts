import type { Rule } from '../../types';
import { providerRule } from './build';

// Braze REST API keys: UUIDs, named by context.
export const brazeRules: Rule[] = [
  providerRule({
    id: 'braze-rest-api-key',
    description: 'Braze REST API key',
    provider: 'braze',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['braze'],
    revoke: 'Braze dashboard > Settings > API keys > delete',
  }),
];
