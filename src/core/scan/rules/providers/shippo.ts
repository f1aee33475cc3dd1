import type { Rule } from '../../types';
import { providerRule } from './build';

// Shippo API tokens: shippo_live_ / shippo_test_ + 40 hex.
export const shippoRules: Rule[] = [
  providerRule({
    id: 'shippo-api-token',
    description: 'Shippo API token',
    provider: 'shippo',
    body: 'shippo_(?:live|test)_[a-f0-9]{40}',
    keywords: ['shippo_'],
    revoke: 'Shippo > Settings > API',
  }),
];
