import type { Rule } from '../../types';
import { providerRule } from './build';

// Bitwarden Secrets Manager access tokens: 0. + UUID . secret : key.
export const bitwardenRules: Rule[] = [
  providerRule({
    id: 'bitwarden-access-token',
    description: 'Bitwarden Secrets Manager access token',
    provider: 'bitwarden',
    body: String.raw`0\.[0-9a-f-]{36}\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`,
    keywords: ['0.'],
    revoke: 'Bitwarden Secrets Manager > Machine accounts > Access tokens',
  }),
];
