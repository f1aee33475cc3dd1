import type { Rule } from '../../types';
import { providerRule } from './build';

// Dropbox Sign (HelloSign) API keys: 64 hex, named by context.
export const hellosignRules: Rule[] = [
  providerRule({
    id: 'hellosign-api-key',
    description: 'Dropbox Sign (HelloSign) API key',
    provider: 'hellosign',
    body: '[a-f0-9]{64}',
    context: ['hellosign', 'dropbox_sign'],
    revoke: 'Dropbox Sign > Settings > API > revoke the key',
  }),
];
