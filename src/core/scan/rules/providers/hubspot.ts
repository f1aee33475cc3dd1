import type { Rule } from '../../types';
import { providerRule } from './build';

// HubSpot private app tokens: pat-na1-/pat-eu1- + a UUID; legacy API keys are UUIDs named by
// context.
const REVOKE = 'HubSpot > Settings > Integrations > Private Apps';

export const hubspotRules: Rule[] = [
  providerRule({
    id: 'hubspot-private-app-token',
    description: 'HubSpot private app access token',
    provider: 'hubspot',
    body: 'pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['pat-na', 'pat-eu'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'hubspot-api-key-legacy',
    description: 'HubSpot API key (legacy)',
    provider: 'hubspot',
    body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    context: ['hubspot'],
    revoke: REVOKE,
  }),
];
