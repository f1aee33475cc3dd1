import type { Rule } from '../../types';
import { providerRule } from './build';

// Codecov upload tokens are UUIDs, named by context.
export const codecovRules: Rule[] = [
  providerRule({
    id: 'codecov-token',
    description: 'Codecov upload token',
    provider: 'codecov',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['codecov'],
    revoke: 'Codecov > repository settings > Regenerate token',
  }),
];
