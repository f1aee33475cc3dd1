import type { Rule } from '../../types';
import { providerRule } from './build';

// Vimeo access tokens (32 hex) and client secrets (128 base64), named by context.
export const vimeoRules: Rule[] = [
  providerRule({
    id: 'vimeo-api-credential',
    description: 'Vimeo access token or client secret',
    provider: 'vimeo',
    body: '[a-f0-9]{32}|[A-Za-z0-9+/]{128}',
    context: ['vimeo'],
    revoke: 'developer.vimeo.com > My apps > revoke the token or regenerate the secret',
  }),
];
