import type { Rule } from '../../types';
import { providerRule } from './build';

// Pulumi access tokens: pul- + 40 hex.
export const pulumiRules: Rule[] = [
  providerRule({
    id: 'pulumi-access-token',
    description: 'Pulumi access token',
    provider: 'pulumi',
    body: 'pul-[a-f0-9]{40}',
    keywords: ['pul-'],
    revoke: 'app.pulumi.com > Personal access tokens',
  }),
];
