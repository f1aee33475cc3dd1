import type { Rule } from '../../types';
import { providerRule } from './build';

// xAI API keys: xai- + 80.
export const xaiRules: Rule[] = [
  providerRule({
    id: 'xai-api-key',
    description: 'xAI API key',
    provider: 'xai',
    body: 'xai-[A-Za-z0-9]{80}',
    keywords: ['xai-'],
    revoke: 'console.x.ai > API keys',
  }),
];
