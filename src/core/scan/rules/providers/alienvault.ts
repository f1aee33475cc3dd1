import type { Rule } from '../../types';
import { providerRule } from './build';

// AlienVault OTX API keys: 64 hex, named by context.
export const alienvaultRules: Rule[] = [
  providerRule({
    id: 'alienvault-api-key',
    description: 'AlienVault OTX API key',
    provider: 'alienvault',
    body: '[a-f0-9]{64}',
    context: ['alienvault', 'otx_api', 'otx_key'],
    revoke: 'otx.alienvault.com > Settings > regenerate the OTX key',
  }),
];
