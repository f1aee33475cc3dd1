import type { Rule } from '../../types';
import { providerRule } from './build';

// Unsplash access keys and secrets: 43 base64url characters, named by context.
export const unsplashRules: Rule[] = [
  providerRule({
    id: 'unsplash-api-credential',
    description: 'Unsplash access key or secret',
    provider: 'unsplash',
    body: '[A-Za-z0-9_-]{43}',
    context: ['unsplash'],
    revoke: 'unsplash.com/oauth/applications > regenerate the keys',
  }),
];
