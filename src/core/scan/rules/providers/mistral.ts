import type { Rule } from '../../types';
import { providerRule } from './build';

// Mistral keys are 32 alphanumerics with no prefix.
export const mistralRules: Rule[] = [
  providerRule({
    id: 'mistral-api-key',
    description: 'Mistral AI API key',
    provider: 'mistral',
    body: '[A-Za-z0-9]{32}',
    context: ['mistral'],
    minEntropy: 3.5,
    revoke: 'console.mistral.ai > API keys',
  }),
];
