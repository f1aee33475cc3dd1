import type { Rule } from '../../types';
import { providerRule } from './build';

// FullStory API keys: na1. or eu1. and base64, named by context.
export const fullstoryRules: Rule[] = [
  providerRule({
    id: 'fullstory-api-key',
    description: 'FullStory API key',
    provider: 'fullstory',
    body: String.raw`(?:na1|eu1)\.[A-Za-z0-9+/=]{20,120}`,
    context: ['fullstory'],
    revoke: 'FullStory > Settings > API keys > revoke',
  }),
];
