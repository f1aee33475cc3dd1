import type { Rule } from '../../types';
import { providerRule } from './build';

// Cloudsmith API keys: 40 hex, named by context.
export const cloudsmithRules: Rule[] = [
  providerRule({
    id: 'cloudsmith-api-key',
    description: 'Cloudsmith API key',
    provider: 'cloudsmith',
    body: '[a-f0-9]{40}',
    context: ['cloudsmith'],
    revoke: 'Cloudsmith > User settings > API key > refresh',
  }),
];
