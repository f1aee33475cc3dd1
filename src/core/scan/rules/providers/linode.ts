import type { Rule } from '../../types';
import { providerRule } from './build';

// Linode (Akamai) personal access tokens: 64 hex, named by context.
export const linodeRules: Rule[] = [
  providerRule({
    id: 'linode-api-token',
    description: 'Linode API token',
    provider: 'linode',
    body: '[a-f0-9]{64}',
    context: ['linode'],
    revoke: 'Linode Cloud Manager > API Tokens',
  }),
];
