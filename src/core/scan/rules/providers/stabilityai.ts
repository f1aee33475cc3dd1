import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Stability AI API keys: sk- and 48 alphanumerics, named by context (`stability` alone is a common
// word).
export const stabilityaiRules: Rule[] = [
  providerRule({
    id: 'stabilityai-api-key',
    description: 'Stability AI API key',
    provider: 'stabilityai',
    body: 'sk-[A-Za-z0-9]{48}',
    context: ['stability_api', 'stability_ai', 'stability_key'],
    keywords: nameKeywords('stability', ['api', 'ai', 'key']),
    revoke: 'platform.stability.ai > Account > API keys > revoke',
  }),
];
