import type { Rule } from '../../types';
import { providerRule } from './build';

// Etherscan and BscScan API keys: 34 upper-case alphanumerics, named by context.
export const etherscanRules: Rule[] = [
  providerRule({
    id: 'etherscan-api-key',
    description: 'Etherscan or BscScan API key',
    provider: 'etherscan',
    body: '[A-Z0-9]{34}',
    context: ['etherscan', 'bscscan', 'polygonscan'],
    revoke: 'Etherscan > My account > API keys > delete',
  }),
];
