import type { Rule } from '../../types';
import { providerRule } from './build';

// Bittrex API key and secret: 32 alphanumerics named by context.
const REVOKE = 'Bittrex > Account > API Keys > delete';

export const bittrexRules: Rule[] = [
  providerRule({
    id: 'bittrex-api-key',
    description: 'Bittrex API key or secret',
    provider: 'bittrex',
    body: '[a-zA-Z0-9]{32}',
    context: ['bittrex'],
    revoke: REVOKE,
  }),
];
