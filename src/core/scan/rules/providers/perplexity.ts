import type { Rule } from '../../types';
import { providerRule } from './build';

// Perplexity API keys: pplx- + 48.
export const perplexityRules: Rule[] = [
  providerRule({
    id: 'perplexity-api-key',
    description: 'Perplexity API key',
    provider: 'perplexity',
    body: 'pplx-[A-Za-z0-9]{48}',
    keywords: ['pplx-'],
    revoke: 'perplexity.ai > Settings > API',
  }),
];
