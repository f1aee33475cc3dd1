import type { Rule } from '../../types';
import { providerRule } from './build';

// Moralis API keys: 64 alphanumerics in older accounts (newer ones are JWTs, found by the JWT
// rule), named by context.
export const moralisRules: Rule[] = [
  providerRule({
    id: 'moralis-api-key',
    description: 'Moralis API key',
    provider: 'moralis',
    body: '[A-Za-z0-9]{64}',
    context: ['moralis'],
    revoke: 'Moralis admin > Settings > API keys > rotate',
  }),
];
