import type { Rule } from '../../types';
import { providerRule } from './build';

// Transifex API tokens: 1/ and 40 hex, named by context.
export const transifexRules: Rule[] = [
  providerRule({
    id: 'transifex-api-token',
    description: 'Transifex API token',
    provider: 'transifex',
    body: '1/[a-f0-9]{40}',
    context: ['transifex', 'tx_token'],
    revoke: 'Transifex > User settings > API token > regenerate',
  }),
];
