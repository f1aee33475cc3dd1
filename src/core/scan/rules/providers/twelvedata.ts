import type { Rule } from '../../types';
import { providerRule } from './build';

// Twelve Data API keys: 32 hex, named by context.
export const twelvedataRules: Rule[] = [
  providerRule({
    id: 'twelvedata-api-key',
    description: 'Twelve Data API key',
    provider: 'twelvedata',
    body: '[a-f0-9]{32}',
    context: ['twelvedata', 'twelve_data'],
    revoke: 'twelvedata.com > API keys > regenerate',
  }),
];
