import type { Rule } from '../../types';
import { providerRule } from './build';

// OneLogin API client secrets: 64 hex, named by context.
export const oneloginRules: Rule[] = [
  providerRule({
    id: 'onelogin-api-client-secret',
    description: 'OneLogin API client secret',
    provider: 'onelogin',
    body: '[a-f0-9]{64}',
    context: ['onelogin'],
    revoke: 'OneLogin admin > Developers > API credentials > delete',
  }),
];
