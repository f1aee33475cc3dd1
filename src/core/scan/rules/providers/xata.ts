import type { Rule } from '../../types';
import { providerRule } from './build';

// Xata API keys: xau_ and 32 or more alphanumerics.
export const xataRules: Rule[] = [
  providerRule({
    id: 'xata-api-key',
    description: 'Xata API key',
    provider: 'xata',
    body: 'xau_[A-Za-z0-9]{32,64}',
    keywords: ['xau_'],
    revoke: 'Xata > Account settings > Personal API keys > delete',
  }),
];
