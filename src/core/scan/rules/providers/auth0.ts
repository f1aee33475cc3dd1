import type { Rule } from '../../types';
import { providerRule } from './build';

// Auth0 client secrets: 64 base64url chars.
export const auth0Rules: Rule[] = [
  providerRule({
    id: 'auth0-client-secret',
    description: 'Auth0 client secret',
    provider: 'auth0',
    body: '[A-Za-z0-9_-]{64}',
    context: ['auth0_client_secret', 'auth0_secret'],
    minEntropy: 3.5,
    revoke: 'Auth0 Dashboard > Applications > Settings > Rotate secret',
  }),
];
