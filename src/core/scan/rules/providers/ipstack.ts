import type { Rule } from '../../types';
import { providerRule } from './build';

// ipstack, ipgeolocation and ipapi access keys: 32 hex, named by context.
export const ipstackRules: Rule[] = [
  providerRule({
    id: 'ipstack-access-key',
    description: 'ipstack access key',
    provider: 'ipstack',
    body: '[a-f0-9]{32}',
    context: ['ipstack', 'ipgeolocation', 'ipapi'],
    revoke: 'the provider dashboard > reset the access key',
  }),
];
