import type { Rule } from '../../types';
import { providerRule } from './build';

// Pexels API keys: 56 alphanumerics, named by context.
export const pexelsRules: Rule[] = [
  providerRule({
    id: 'pexels-api-key',
    description: 'Pexels API key',
    provider: 'pexels',
    body: '[A-Za-z0-9]{56}',
    context: ['pexels'],
    revoke: 'pexels.com/api > your key > revoke',
  }),
];
