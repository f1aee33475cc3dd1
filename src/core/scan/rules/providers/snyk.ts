import type { Rule } from '../../types';
import { providerRule } from './build';

// Snyk API tokens are UUIDs, named by context.
export const snykRules: Rule[] = [
  providerRule({
    id: 'snyk-api-token',
    description: 'Snyk API token',
    provider: 'snyk',
    body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    context: ['snyk'],
    revoke: 'Snyk > Account settings > Auth Token > Revoke & regenerate',
  }),
];
