import type { Rule } from '../../types';
import { providerRule } from './build';

// Lokalise API tokens: 40 hex, named by context.
export const lokaliseRules: Rule[] = [
  providerRule({
    id: 'lokalise-api-token',
    description: 'Lokalise API token',
    provider: 'lokalise',
    body: '[a-f0-9]{40}',
    context: ['lokalise'],
    revoke: 'Lokalise > Profile settings > API tokens > delete',
  }),
];
