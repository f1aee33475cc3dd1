import type { Rule } from '../../types';
import { providerRule } from './build';

// Jotform API keys: 32 hex, named by context.
export const jotformRules: Rule[] = [
  providerRule({
    id: 'jotform-api-key',
    description: 'Jotform API key',
    provider: 'jotform',
    body: '[a-f0-9]{32}',
    context: ['jotform'],
    revoke: 'Jotform > Settings > API > delete the key',
  }),
];
