import type { Rule } from '../../types';
import { providerRule } from './build';

// Omnisend API keys: 24 hex, a dash and 50 alphanumerics, named by context.
export const omnisendRules: Rule[] = [
  providerRule({
    id: 'omnisend-api-key',
    description: 'Omnisend API key',
    provider: 'omnisend',
    body: '[a-f0-9]{24}-[A-Za-z0-9]{50}',
    context: ['omnisend'],
    revoke: 'Omnisend > Store settings > API keys > delete',
  }),
];
