import type { Rule } from '../../types';
import { providerRule } from './build';

// Klaviyo private API keys: pk_ and 34 hex; `pk_` alone is on countless lines, so named by context
// (public keys are 6 characters).
export const klaviyoRules: Rule[] = [
  providerRule({
    id: 'klaviyo-private-api-key',
    description: 'Klaviyo private API key',
    provider: 'klaviyo',
    body: 'pk_[a-f0-9]{34}',
    context: ['klaviyo'],
    revoke: 'Klaviyo > Settings > API keys > revoke',
  }),
];
