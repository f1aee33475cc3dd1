import type { Rule } from '../../types';
import { providerRule } from './build';

// Deepgram API keys: 40 hex, named by context.
export const deepgramRules: Rule[] = [
  providerRule({
    id: 'deepgram-api-key',
    description: 'Deepgram API key',
    provider: 'deepgram',
    body: '[a-f0-9]{40}',
    context: ['deepgram'],
    revoke: 'Deepgram console > Settings > API keys > delete',
  }),
];
