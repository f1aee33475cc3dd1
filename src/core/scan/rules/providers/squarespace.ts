import type { Rule } from '../../types';
import { providerRule } from './build';

// Squarespace API keys: UUIDs named by context.
const REVOKE = 'Squarespace > Settings > Developer API keys > Revoke';

export const squarespaceRules: Rule[] = [
  providerRule({
    id: 'squarespace-api-key',
    description: 'Squarespace API key',
    provider: 'squarespace',
    body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    context: ['squarespace'],
    revoke: REVOKE,
  }),
];
