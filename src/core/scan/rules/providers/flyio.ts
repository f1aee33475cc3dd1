import type { Rule } from '../../types';
import { providerRule } from './build';

// Fly.io macaroon tokens: fm1/fm2 (optionally a/r) + _ + base64.
export const flyioRules: Rule[] = [
  providerRule({
    id: 'flyio-access-token',
    description: 'Fly.io access token',
    provider: 'flyio',
    body: 'fm[12][ar]?_[A-Za-z0-9+/_-]{100,2000}={0,3}',
    keywords: ['fm1_', 'fm2_', 'fm1a_', 'fm1r_', 'fm2a_', 'fm2r_'],
    revoke: 'fly tokens revoke, or the Fly.io dashboard > Tokens',
  }),
  providerRule({
    id: 'flyio-org-token',
    description: 'Fly.io organization token',
    provider: 'flyio',
    body: 'fo1_[A-Za-z0-9_-]{43}',
    keywords: ['fo1_'],
    revoke: 'fly tokens revoke, or the Fly.io dashboard > Tokens',
  }),
  providerRule({
    // Before macaroons, `fly auth token` printed 43 base64url characters.
    id: 'flyio-api-token-legacy',
    description: 'Fly.io API token (legacy)',
    provider: 'flyio',
    body: '[A-Za-z0-9_-]{43}',
    context: ['fly_api_token', 'fly_access_token', 'flyio_token', 'fly_token'],
    revoke: 'fly tokens revoke, or the Fly.io dashboard > Tokens',
  }),
];
