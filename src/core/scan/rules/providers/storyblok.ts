import type { Rule } from '../../types';
import { providerRule } from './build';

// Storyblok access and management tokens: 20-30 alphanumerics, named by context.
export const storyblokRules: Rule[] = [
  providerRule({
    id: 'storyblok-access-token',
    description: 'Storyblok access token',
    provider: 'storyblok',
    body: '[A-Za-z0-9]{20,30}',
    context: ['storyblok'],
    revoke: 'Storyblok > Settings > Access tokens > delete',
  }),
];
