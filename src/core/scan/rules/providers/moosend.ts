import type { Rule } from '../../types';
import { providerRule } from './build';

// Moosend API keys: UUIDs, named by context.
export const moosendRules: Rule[] = [
  providerRule({
    id: 'moosend-api-key',
    description: 'Moosend API key',
    provider: 'moosend',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['moosend'],
    revoke: 'Moosend > Settings > API key > regenerate',
  }),
];
