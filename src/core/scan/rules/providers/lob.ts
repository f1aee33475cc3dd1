import type { Rule } from '../../types';
import { providerRule } from './build';

// Lob API keys: live_ / test_ + 35 hex.
export const lobRules: Rule[] = [
  providerRule({
    id: 'lob-api-key',
    description: 'Lob API key',
    provider: 'lob',
    body: '(?:live|test)_[a-f0-9]{35}',
    context: ['lob_api', 'lob_key', 'lob_secret'],
    revoke: 'Lob dashboard > Settings > API Keys',
  }),
];
