import type { Rule } from '../../types';
import { providerRule } from './build';

// Sourcegraph access tokens: sgp_ (+ optional instance id) + 40 hex.
export const sourcegraphRules: Rule[] = [
  providerRule({
    id: 'sourcegraph-access-token',
    description: 'Sourcegraph access token',
    provider: 'sourcegraph',
    body: 'sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}',
    keywords: ['sgp_'],
    revoke: 'Sourcegraph > Settings > Access tokens',
  }),
  providerRule({
    id: 'sourcegraph-legacy-token',
    description: 'Sourcegraph access token (unprefixed)',
    provider: 'sourcegraph',
    body: '[a-fA-F0-9]{40}',
    context: ['sourcegraph', 'src_access_token'],
    exactContext: true,
    revoke: 'Sourcegraph > Settings > Access tokens',
  }),
];
