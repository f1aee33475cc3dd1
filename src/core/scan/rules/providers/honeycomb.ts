import type { Rule } from '../../types';
import { providerRule } from './build';

// Honeycomb API keys: 32 hex (classic) or 22 alphanumerics, named by context.
export const honeycombRules: Rule[] = [
  providerRule({
    id: 'honeycomb-api-key',
    description: 'Honeycomb API key',
    provider: 'honeycomb',
    body: '[a-f0-9]{32}|[A-Za-z0-9]{22}',
    context: ['honeycomb'],
    revoke: 'Honeycomb > Environment settings > API keys > delete',
  }),
];
