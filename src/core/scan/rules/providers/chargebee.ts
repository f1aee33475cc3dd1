import type { Rule } from '../../types';
import { providerRule } from './build';

// Chargebee API keys: live_ or test_ and 32-34 alphanumerics, named by context.
export const chargebeeRules: Rule[] = [
  providerRule({
    id: 'chargebee-api-key',
    description: 'Chargebee API key',
    provider: 'chargebee',
    body: '(?:live|test)_[A-Za-z0-9]{32,34}',
    context: ['chargebee'],
    revoke: 'Chargebee > Settings > Configure Chargebee > API keys > delete',
  }),
];
