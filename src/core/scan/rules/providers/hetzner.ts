import type { Rule } from '../../types';
import { providerRule } from './build';

// Hetzner Cloud API tokens: 64 alphanumerics, named by context.
export const hetznerRules: Rule[] = [
  providerRule({
    id: 'hetzner-api-token',
    description: 'Hetzner Cloud API token',
    provider: 'hetzner',
    body: '[A-Za-z0-9]{64}',
    context: ['hcloud_token', 'hetzner'],
    minEntropy: 3.5,
    revoke: 'Hetzner Cloud console > Security > API tokens',
  }),
];
