import type { Rule } from '../../types';
import { providerRule } from './build';

// Atlassian-issued Bitbucket credentials: app passwords (ATBB) and access tokens (ATCTT).
const REVOKE = 'Bitbucket > Personal settings > App passwords / Access tokens';

export const bitbucketRules: Rule[] = [
  providerRule({
    id: 'bitbucket-app-password',
    description: 'Bitbucket app password',
    provider: 'bitbucket',
    body: 'ATBB[A-Za-z0-9_=.-]{32,64}',
    keywords: ['atbb'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'bitbucket-access-token',
    description: 'Bitbucket repository or workspace access token',
    provider: 'bitbucket',
    body: 'ATCTT3xFfGN0[A-Za-z0-9_=-]{150,250}',
    keywords: ['atctt3xffgn0'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'bitbucket-client-secret',
    description: 'Bitbucket OAuth consumer secret',
    provider: 'bitbucket',
    body: '[A-Za-z0-9_=-]{32,64}',
    context: ['bitbucket_secret', 'bitbucket_client_secret', 'bitbucket_oauth_secret'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
