import type { Rule } from '../../types';
import { providerRule } from './build';

// Tavily keys: tvly- (or tvly-dev-) + 32.
export const tavilyRules: Rule[] = [
  providerRule({
    id: 'tavily-api-key',
    description: 'Tavily API key',
    provider: 'tavily',
    body: 'tvly-(?:dev-)?[A-Za-z0-9]{32}',
    keywords: ['tvly-'],
    revoke: 'app.tavily.com > API keys',
  }),
];
