import type { Rule } from '../../types';
import { providerRule } from './build';

// Pinterest API v5 access tokens: pina_ and a long alphanumeric tail.
export const pinterestRules: Rule[] = [
  providerRule({
    id: 'pinterest-access-token',
    description: 'Pinterest access token',
    provider: 'pinterest',
    body: 'pina_[A-Za-z0-9_-]{60,256}',
    keywords: ['pina_'],
    revoke: 'developers.pinterest.com > My apps > revoke the token',
  }),
];
