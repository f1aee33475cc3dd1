import type { Rule } from '../../types';
import { providerRule } from './build';

// Mixpanel API and service-account secrets: 32 characters, named by context (project tokens are
// public).
export const mixpanelRules: Rule[] = [
  providerRule({
    id: 'mixpanel-api-secret',
    description: 'Mixpanel API secret',
    provider: 'mixpanel',
    body: '[a-f0-9]{32}|[A-Za-z0-9]{32}',
    context: ['mixpanel_secret', 'mixpanel_api_secret', 'mixpanel_service_account_secret'],
    revoke: 'Mixpanel > Project settings > reset the API secret, or Organization > Service accounts',
  }),
];
