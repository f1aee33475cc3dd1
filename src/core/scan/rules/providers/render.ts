import type { Rule } from '../../types';
import { providerRule } from './build';

// Render API keys: rnd_ + 32.
export const renderRules: Rule[] = [
  providerRule({
    id: 'render-api-key',
    description: 'Render API key',
    provider: 'render',
    body: 'rnd_[A-Za-z0-9]{32}',
    keywords: ['rnd_'],
    revoke: 'Render dashboard > Account settings > API keys',
  }),
];
