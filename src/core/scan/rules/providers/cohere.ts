import type { Rule } from '../../types';
import { providerRule } from './build';

// Cohere keys are 40 alphanumerics with no prefix.
export const cohereRules: Rule[] = [
  providerRule({
    id: 'cohere-api-key',
    description: 'Cohere API key',
    provider: 'cohere',
    body: '[A-Za-z0-9]{40}',
    context: ['cohere', 'co_api_key'],
    minEntropy: 3.5,
    revoke: 'dashboard.cohere.com > API keys',
  }),
];
