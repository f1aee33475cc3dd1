import type { Rule } from '../../types';
import { providerRule } from './build';

// DeepSeek API keys: sk- and 32 hex, the shape of many providers, so named by context.
export const deepseekRules: Rule[] = [
  providerRule({
    id: 'deepseek-api-key',
    description: 'DeepSeek API key',
    provider: 'deepseek',
    body: 'sk-[a-f0-9]{32}',
    context: ['deepseek'],
    revoke: 'platform.deepseek.com > API keys > delete',
  }),
];
