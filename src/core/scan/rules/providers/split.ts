import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Split (split.io) server-side SDK and admin API keys: 36 alphanumerics, named by context (`split`
// alone is everywhere).
export const splitRules: Rule[] = [
  providerRule({
    id: 'split-api-key',
    description: 'Split SDK or admin API key',
    provider: 'split',
    body: '[A-Za-z0-9]{36}',
    context: ['split_sdk_key', 'split_api_key', 'splitio'],
    keywords: [...nameKeywords('split', ['sdk', 'api']), 'splitio'],
    revoke: 'Split > Admin settings > API keys > revoke',
  }),
];
