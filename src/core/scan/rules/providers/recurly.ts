import type { Rule } from '../../types';
import { providerRule } from './build';

// Recurly private API keys: 32 hex, named by context.
export const recurlyRules: Rule[] = [
  providerRule({
    id: 'recurly-api-key',
    description: 'Recurly private API key',
    provider: 'recurly',
    body: '[a-f0-9]{32}',
    context: ['recurly'],
    revoke: 'Recurly > Integrations > API credentials > regenerate',
  }),
];
