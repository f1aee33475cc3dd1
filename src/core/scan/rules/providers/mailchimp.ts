import type { Rule } from '../../types';
import { providerRule } from './build';

// Mailchimp API keys: 32 hex + the datacenter suffix -usN.
export const mailchimpRules: Rule[] = [
  providerRule({
    id: 'mailchimp-api-key',
    description: 'Mailchimp API key',
    provider: 'mailchimp',
    body: '[0-9a-f]{32}-us[0-9]{1,2}',
    keywords: ['-us'],
    revoke: 'Mailchimp > Profile > Extras > API keys',
  }),
];
