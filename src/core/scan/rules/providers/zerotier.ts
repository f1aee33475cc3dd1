import type { Rule } from '../../types';
import { providerRule } from './build';

// ZeroTier Central API tokens: 32 alphanumerics, named by context.
export const zerotierRules: Rule[] = [
  providerRule({
    id: 'zerotier-api-token',
    description: 'ZeroTier API token',
    provider: 'zerotier',
    body: '[A-Za-z0-9]{32}',
    context: ['zerotier'],
    revoke: 'my.zerotier.com > Account > API access tokens > delete',
  }),
];
