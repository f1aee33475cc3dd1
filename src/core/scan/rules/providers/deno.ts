import type { Rule } from '../../types';
import { providerRule } from './build';

// Deno Deploy tokens: ddp_ (personal) / ddw_ (organisation) + 36.
export const denoRules: Rule[] = [
  providerRule({
    id: 'deno-deploy-token',
    description: 'Deno Deploy access token',
    provider: 'deno',
    body: 'dd[pw]_[A-Za-z0-9]{36}',
    keywords: ['ddp_', 'ddw_'],
    revoke: 'Deno Deploy > Account settings > Access tokens',
  }),
];
