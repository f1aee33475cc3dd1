import type { Rule } from '../../types';
import { providerRule } from './build';

// Figma personal access tokens: figd_ + 40.
export const figmaRules: Rule[] = [
  providerRule({
    id: 'figma-pat',
    description: 'Figma personal access token',
    provider: 'figma',
    body: 'figd_[A-Za-z0-9_-]{40}',
    keywords: ['figd_'],
    revoke: 'Figma > Settings > Security > Personal access tokens',
  }),
];
