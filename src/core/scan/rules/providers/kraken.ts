import type { Rule } from '../../types';
import { providerRule } from './build';

// Kraken API private keys: 80-90 base64 chars.
export const krakenRules: Rule[] = [
  providerRule({
    id: 'kraken-private-key',
    description: 'Kraken API private key',
    provider: 'kraken',
    body: '[A-Za-z0-9/=_+-]{80,90}',
    context: ['kraken'],
    minEntropy: 3.5,
    revoke: 'Kraken > Settings > API',
  }),
];
