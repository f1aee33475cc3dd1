import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// ActiveCampaign API keys: 72 hex, named by context (`active` alone is everywhere).
export const activecampaignRules: Rule[] = [
  providerRule({
    id: 'activecampaign-api-key',
    description: 'ActiveCampaign API key',
    provider: 'activecampaign',
    body: '[a-f0-9]{72}',
    context: ['activecampaign', 'active_campaign'],
    keywords: nameKeywords('active', ['campaign']),
    revoke: 'ActiveCampaign > Settings > Developer > reset the API key',
  }),
];
