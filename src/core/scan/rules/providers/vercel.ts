import type { Rule } from '../../types';
import { providerRule } from './build';

// Vercel tokens: prefixed vcp_/vci_/vca_/vcr_/vck_ since 2025, 24 alphanumerics before.
const REVOKE = 'Vercel > Account settings > Tokens';

export const vercelRules: Rule[] = [
  providerRule({
    id: 'vercel-token',
    description: 'Vercel access token',
    provider: 'vercel',
    body: 'vc[pirak]_[A-Za-z0-9]{24,80}',
    keywords: ['vcp_', 'vci_', 'vcr_', 'vca_', 'vck_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'vercel-token-legacy',
    description: 'Vercel access token (legacy)',
    provider: 'vercel',
    body: '[A-Za-z0-9]{24}',
    context: ['vercel'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
