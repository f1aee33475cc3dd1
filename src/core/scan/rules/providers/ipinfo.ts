import type { Rule } from '../../types';
import { providerRule } from './build';

// IPinfo access tokens: 14 hex, named by context.
export const ipinfoRules: Rule[] = [
  providerRule({
    id: 'ipinfo-access-token',
    description: 'IPinfo access token',
    provider: 'ipinfo',
    body: '[a-f0-9]{14}',
    context: ['ipinfo'],
    revoke: 'ipinfo.io > Account > Token > reset',
  }),
];
