import type { Rule } from '../../types';
import { providerRule } from './build';

// Coveralls repository tokens: 32 to 37 alphanumerics, named by context.
export const coverallsRules: Rule[] = [
  providerRule({
    id: 'coveralls-repo-token',
    description: 'Coveralls repository token',
    provider: 'coveralls',
    body: '[A-Za-z0-9]{32,37}',
    context: ['coveralls'],
    revoke: 'coveralls.io > repository settings > regenerate the repo token',
  }),
];
