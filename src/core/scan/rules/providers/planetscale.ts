import type { Rule } from '../../types';
import { providerRule } from './build';

// PlanetScale service tokens (pscale_tkn_), passwords (pscale_pw_) and OAuth tokens.
const REVOKE = 'PlanetScale > Settings > Service tokens / Passwords';

export const planetscaleRules: Rule[] = [
  providerRule({
    id: 'planetscale-service-token',
    description: 'PlanetScale service token',
    provider: 'planetscale',
    body: 'pscale_tkn_[A-Za-z0-9_.=-]{32,64}',
    keywords: ['pscale_tkn_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'planetscale-password',
    description: 'PlanetScale database password',
    provider: 'planetscale',
    body: 'pscale_pw_[A-Za-z0-9_.=-]{32,64}',
    keywords: ['pscale_pw_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'planetscale-oauth-token',
    description: 'PlanetScale OAuth token',
    provider: 'planetscale',
    body: 'pscale_oauth_[A-Za-z0-9_.=-]{32,64}',
    keywords: ['pscale_oauth_'],
    revoke: REVOKE,
  }),
];
