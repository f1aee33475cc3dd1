import type { Rule } from '../../types';
import { providerRule } from './build';

// Coinbase API access tokens: 64 base64url characters named by context.
const REVOKE = 'Coinbase > Settings > API > delete the key';

export const coinbaseRules: Rule[] = [
  providerRule({
    id: 'coinbase-access-token',
    description: 'Coinbase access token',
    provider: 'coinbase',
    body: '[A-Za-z0-9_-]{64}',
    context: ['coinbase'],
    revoke: REVOKE,
  }),
];
