import type { Rule } from '../../types';
import { providerRule } from './build';

// Unleash API tokens: <project>:<environment>.<64 hex>, named by context.
export const unleashRules: Rule[] = [
  providerRule({
    id: 'unleash-api-token',
    description: 'Unleash API token',
    provider: 'unleash',
    body: String.raw`[a-z0-9*_-]{1,40}:[a-z0-9_-]{1,40}\.[a-f0-9]{64}`,
    context: ['unleash'],
    revoke: 'Unleash admin > API access > delete the token',
  }),
];
