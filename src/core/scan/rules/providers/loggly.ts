import type { Rule } from '../../types';
import { providerRule } from './build';

// Loggly customer tokens and API tokens: UUIDs, named by context.
export const logglyRules: Rule[] = [
  providerRule({
    id: 'loggly-token',
    description: 'Loggly customer token',
    provider: 'loggly',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['loggly'],
    revoke: 'Loggly > Source setup > Customer tokens > delete',
  }),
];
