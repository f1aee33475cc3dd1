import type { Rule } from '../../types';
import { providerRule } from './build';

// Cisco Meraki dashboard API keys: 40 lower-case hex named by context.
const REVOKE = 'Meraki dashboard > My profile > API access > Revoke';

export const merakiRules: Rule[] = [
  providerRule({
    id: 'cisco-meraki-api-key',
    description: 'Cisco Meraki API key',
    provider: 'meraki',
    body: '[a-f0-9]{40}',
    context: ['meraki'],
    minEntropy: 3,
    revoke: REVOKE,
  }),
];
