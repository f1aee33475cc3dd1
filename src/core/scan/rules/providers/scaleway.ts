import type { Rule } from '../../types';
import { providerRule } from './build';

// Scaleway secret keys are UUIDs, named by context.
export const scalewayRules: Rule[] = [
  providerRule({
    id: 'scaleway-secret-key',
    description: 'Scaleway secret key',
    provider: 'scaleway',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['scw_secret', 'scaleway_secret'],
    revoke: 'Scaleway console > IAM > API keys',
  }),
];
