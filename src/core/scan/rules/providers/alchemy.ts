import type { Rule } from '../../types';
import { providerRule } from './build';

// Alchemy API keys: 32 base64url characters, named by context.
export const alchemyRules: Rule[] = [
  providerRule({
    id: 'alchemy-api-key',
    description: 'Alchemy API key',
    provider: 'alchemy',
    body: '[A-Za-z0-9_-]{32}',
    context: ['alchemy'],
    revoke: 'Alchemy dashboard > Apps > rotate the key',
  }),
];
