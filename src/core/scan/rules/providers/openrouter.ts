import type { Rule } from '../../types';
import { providerRule } from './build';

// OpenRouter keys: sk-or-v1- + 64 hex.
export const openrouterRules: Rule[] = [
  providerRule({
    id: 'openrouter-api-key',
    description: 'OpenRouter API key',
    provider: 'openrouter',
    body: 'sk-or-v1-[0-9a-f]{64}',
    keywords: ['sk-or-v1-'],
    revoke: 'openrouter.ai > Keys',
  }),
];
