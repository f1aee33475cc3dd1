import type { Rule } from '../../types';
import { providerRule } from './build';

// Percy project tokens: 64 hex, optionally after a web_/auto_/app_ kind prefix, named by context.
export const percyRules: Rule[] = [
  providerRule({
    id: 'percy-token',
    description: 'Percy project token',
    provider: 'percy',
    body: '(?:(?:web|auto|app|ss)_)?[a-f0-9]{64}',
    context: ['percy'],
    revoke: 'Percy > Project settings > reset the project token',
  }),
];
