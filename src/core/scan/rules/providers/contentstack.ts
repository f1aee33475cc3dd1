import type { Rule } from '../../types';
import { providerRule } from './build';

// Contentstack management and delivery tokens: cs and 32 hex, named by context.
export const contentstackRules: Rule[] = [
  providerRule({
    id: 'contentstack-token',
    description: 'Contentstack management or delivery token',
    provider: 'contentstack',
    body: 'cs[a-f0-9]{32}',
    context: ['contentstack'],
    revoke: 'Contentstack > Settings > Tokens > delete',
  }),
];
