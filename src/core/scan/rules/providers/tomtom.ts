import type { Rule } from '../../types';
import { providerRule } from './build';

// TomTom API keys: 32 alphanumerics, named by context.
export const tomtomRules: Rule[] = [
  providerRule({
    id: 'tomtom-api-key',
    description: 'TomTom API key',
    provider: 'tomtom',
    body: '[A-Za-z0-9]{32}',
    context: ['tomtom'],
    revoke: 'TomTom developer portal > Dashboard > Keys > delete',
  }),
];
