import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// ButterCMS API tokens: 40 hex, named by context.
export const buttercmsRules: Rule[] = [
  providerRule({
    id: 'buttercms-api-token',
    description: 'ButterCMS API token',
    provider: 'buttercms',
    body: '[a-f0-9]{40}',
    context: ['buttercms', 'butter_cms'],
    keywords: nameKeywords('butter', ['cms']),
    revoke: 'ButterCMS > Settings > API tokens > regenerate',
  }),
];
