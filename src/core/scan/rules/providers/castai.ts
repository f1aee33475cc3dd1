import type { Rule } from '../../types';
import { providerRule } from './build';

// CAST AI API keys: castai_v1_, 64 alphanumerics, _ and 8 more.
export const castaiRules: Rule[] = [
  providerRule({
    id: 'castai-api-key',
    description: 'CAST AI API key',
    provider: 'castai',
    body: 'castai_v1_[A-Za-z0-9]{64}_[A-Za-z0-9]{8}',
    keywords: ['castai_v1_'],
    revoke: 'CAST AI console > User > API access keys > delete',
  }),
];
