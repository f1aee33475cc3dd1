import type { Rule } from '../../types';
import { providerRule } from './build';

// Shodan API keys: 32 alphanumerics, named by context.
export const shodanRules: Rule[] = [
  providerRule({
    id: 'shodan-api-key',
    description: 'Shodan API key',
    provider: 'shodan',
    body: '[A-Za-z0-9]{32}',
    context: ['shodan'],
    revoke: 'account.shodan.io > Reset API key',
  }),
];
