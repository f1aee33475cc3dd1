import type { Rule } from '../../types';
import { providerRule } from './build';

// Neon API keys: napi_ + 64.
export const neonRules: Rule[] = [
  providerRule({
    id: 'neon-api-key',
    description: 'Neon API key',
    provider: 'neon',
    body: 'napi_[a-z0-9]{64}',
    keywords: ['napi_'],
    revoke: 'Neon console > Account settings > API keys',
  }),
];
