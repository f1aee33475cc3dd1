import type { Rule } from '../../types';
import { providerRule } from './build';

// Replicate API tokens: r8_ + 37.
export const replicateRules: Rule[] = [
  providerRule({
    id: 'replicate-api-token',
    description: 'Replicate API token',
    provider: 'replicate',
    body: 'r8_[A-Za-z0-9]{37}',
    keywords: ['r8_'],
    revoke: 'replicate.com > Account > API tokens',
  }),
];
