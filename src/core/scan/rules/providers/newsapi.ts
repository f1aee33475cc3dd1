import type { Rule } from '../../types';
import { providerRule } from './build';

// NewsAPI keys: 32 hex, named by context.
export const newsapiRules: Rule[] = [
  providerRule({
    id: 'newsapi-api-key',
    description: 'NewsAPI API key',
    provider: 'newsapi',
    body: '[a-f0-9]{32}',
    context: ['newsapi', 'news_api'],
    revoke: 'newsapi.org > Account > regenerate the key',
  }),
];
