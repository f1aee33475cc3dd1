import type { Rule } from '../../types';
import { providerRule } from './build';

// Typesense API keys: 32 or more alphanumerics, named by context.
export const typesenseRules: Rule[] = [
  providerRule({
    id: 'typesense-api-key',
    description: 'Typesense API key',
    provider: 'typesense',
    body: '[A-Za-z0-9]{32,64}',
    context: ['typesense'],
    revoke: 'Typesense Cloud > Cluster > API keys, or DELETE /keys/:id',
  }),
];
