import type { Rule } from '../../types';
import { providerRule } from './build';

// Sentry organisation tokens (sntrys_ + base64 JSON), user tokens (sntryu_ + 64 hex) and legacy
// 64-hex auth tokens.
const REVOKE = 'Sentry > Settings > Auth Tokens';

export const sentryRules: Rule[] = [
  providerRule({
    id: 'sentry-org-token',
    description: 'Sentry organisation auth token',
    provider: 'sentry',
    body: 'sntrys_eyJ[A-Za-z0-9+/=_-]{80,500}',
    keywords: ['sntrys_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'sentry-user-token',
    description: 'Sentry user auth token',
    provider: 'sentry',
    body: 'sntryu_[a-f0-9]{64}',
    keywords: ['sntryu_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'sentry-auth-token-legacy',
    description: 'Sentry auth token (legacy)',
    provider: 'sentry',
    body: '[a-f0-9]{64}',
    context: ['sentry_auth_token', 'sentry_token'],
    revoke: REVOKE,
  }),
];
