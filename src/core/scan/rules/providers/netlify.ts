import type { Rule } from '../../types';
import { providerRule } from './build';

// Netlify personal access tokens: nfp_ + 36; older ones are 43-45 base64url chars.
const REVOKE = 'Netlify > User settings > Applications > Personal access tokens';

export const netlifyRules: Rule[] = [
  providerRule({
    id: 'netlify-pat',
    description: 'Netlify personal access token',
    provider: 'netlify',
    body: 'nfp_[A-Za-z0-9]{36}',
    keywords: ['nfp_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'netlify-token-legacy',
    description: 'Netlify access token (legacy)',
    provider: 'netlify',
    body: '[A-Za-z0-9_-]{43,45}',
    context: ['netlify'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
