import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Together AI API keys: tgp_v1_ and 43 base64url characters, or 64 hex before; the latter named by
// context.
const REVOKE = 'api.together.ai > Settings > API keys > revoke';

export const togetheraiRules: Rule[] = [
  providerRule({
    id: 'togetherai-api-key',
    description: 'Together AI API key',
    provider: 'togetherai',
    body: 'tgp_v1_[A-Za-z0-9_-]{40,48}',
    keywords: ['tgp_v1_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'togetherai-api-key-legacy',
    description: 'Together AI API key (legacy)',
    provider: 'togetherai',
    body: '[a-f0-9]{64}',
    context: ['together_api', 'together_ai', 'togetherai'],
    keywords: nameKeywords('together', ['api', 'ai']),
    revoke: REVOKE,
  }),
];
