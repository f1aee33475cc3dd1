import type { Rule } from '../../types';
import { providerRule } from './build';

// Frame.io developer tokens: fio-u- + 64.
export const frameioRules: Rule[] = [
  providerRule({
    id: 'frameio-api-token',
    description: 'Frame.io API token',
    provider: 'frameio',
    body: 'fio-u-[A-Za-z0-9_=-]{64}',
    keywords: ['fio-u-'],
    revoke: 'developer.frame.io > Tokens',
  }),
];
