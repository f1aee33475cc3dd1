import type { Rule } from '../../types';
import { providerRule } from './build';

// Freshdesk and Freshservice API keys: 20 alphanumerics, named by context.
export const freshdeskRules: Rule[] = [
  providerRule({
    id: 'freshdesk-api-key',
    description: 'Freshdesk API key',
    provider: 'freshdesk',
    body: '[A-Za-z0-9]{20}',
    context: ['freshdesk', 'freshservice'],
    revoke: 'Freshdesk > Profile settings > reset the API key',
  }),
];
