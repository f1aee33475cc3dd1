import type { Rule } from '../../types';
import { providerRule } from './build';

// Imgur client secrets: 40 hex, named by context (the 15-hex client id is public).
export const imgurRules: Rule[] = [
  providerRule({
    id: 'imgur-client-secret',
    description: 'Imgur client secret',
    provider: 'imgur',
    body: '[a-f0-9]{40}',
    context: ['imgur'],
    revoke: 'imgur.com/account/settings/apps > delete the application',
  }),
];
