import type { Rule } from '../../types';
import { providerRule } from './build';

// Buildkite user API access tokens: bkua_ + 40 hex.
export const buildkiteRules: Rule[] = [
  providerRule({
    id: 'buildkite-api-token',
    description: 'Buildkite API access token',
    provider: 'buildkite',
    body: 'bkua_[a-f0-9]{40}',
    keywords: ['bkua_'],
    revoke: 'Buildkite > Personal settings > API access tokens',
  }),
];
