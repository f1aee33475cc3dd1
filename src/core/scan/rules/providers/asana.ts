import type { Rule } from '../../types';
import { providerRule } from './build';

// Asana personal access tokens: 1/ or 2/ + numeric ids + : + 32 hex.
export const asanaRules: Rule[] = [
  providerRule({
    id: 'asana-pat',
    description: 'Asana personal access token',
    provider: 'asana',
    body: '[0-2]/[0-9]{13,19}(?:/[0-9]{13,19})?:[0-9a-f]{32}',
    context: ['asana'],
    revoke: 'Asana > My settings > Apps > Developer apps > Personal access tokens',
  }),
];
