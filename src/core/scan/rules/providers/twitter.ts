import type { Rule } from '../../types';
import { providerRule } from './build';

// X (Twitter) bearer tokens (22 A + 80-120), API secrets (50), access tokens (user id + - +
// 20-40) and access token secrets (45).
const REVOKE = 'developer.x.com > Projects & Apps > Keys and tokens > Regenerate';

export const twitterRules: Rule[] = [
  providerRule({
    id: 'twitter-bearer-token',
    description: 'X (Twitter) bearer token',
    provider: 'twitter',
    body: 'A{22}[A-Za-z0-9%]{80,120}',
    context: ['twitter', 'x_bearer'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'twitter-api-secret',
    description: 'X (Twitter) API key secret',
    provider: 'twitter',
    body: '[A-Za-z0-9]{50}',
    context: ['twitter_api_secret', 'twitter_consumer_secret', 'twitter_secret', 'twitter_access_secret'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
  providerRule({
    id: 'twitter-access-token',
    description: 'X (Twitter) access token',
    provider: 'twitter',
    body: '[0-9]{15,25}-[A-Za-z0-9]{20,40}',
    context: ['twitter_access_token', 'twitter_token'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'twitter-access-token-secret',
    description: 'X (Twitter) access token secret',
    provider: 'twitter',
    body: '[A-Za-z0-9]{45}',
    context: ['twitter_access_token_secret', 'twitter_access_secret', 'twitter_token_secret'],
    revoke: REVOKE,
  }),
];
