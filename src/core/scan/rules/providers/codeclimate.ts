import type { Rule } from '../../types';
import { providerRule } from './build';

// Code Climate API tokens and test reporter ids: 64 hex, named by context.
export const codeclimateRules: Rule[] = [
  providerRule({
    id: 'codeclimate-token',
    description: 'Code Climate token',
    provider: 'codeclimate',
    body: '[a-f0-9]{64}',
    context: ['codeclimate', 'code_climate'],
    revoke: 'Code Climate > User settings > API access > revoke, or regenerate the reporter id',
  }),
];
