import type { Rule } from '../../types';
import { providerRule } from './build';

// Zendesk API tokens: 40 alphanumerics, named by context.
export const zendeskRules: Rule[] = [
  providerRule({
    id: 'zendesk-api-token',
    description: 'Zendesk API token',
    provider: 'zendesk',
    body: '[A-Za-z0-9]{40}',
    context: ['zendesk'],
    minEntropy: 3.5,
    revoke: 'Zendesk Admin Center > Apps and integrations > Zendesk API',
  }),
];
