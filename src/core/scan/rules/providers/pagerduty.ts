import type { Rule } from '../../types';
import { providerRule } from './build';

// PagerDuty REST API keys: 20 chars, user keys start with u+.
export const pagerdutyRules: Rule[] = [
  providerRule({
    id: 'pagerduty-api-key',
    description: 'PagerDuty API key',
    provider: 'pagerduty',
    body: String.raw`(?:u\+)?[A-Za-z0-9_+-]{20}`,
    context: ['pagerduty', 'pd_api_key', 'pd_token'],
    minEntropy: 3.5,
    revoke: 'PagerDuty > Integrations > API Access Keys',
  }),
];
