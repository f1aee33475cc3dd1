import type { Rule } from '../../types';
import { providerRule } from './build';

// GIPHY API keys: 32 alphanumerics, named by context.
export const giphyRules: Rule[] = [
  providerRule({
    id: 'giphy-api-key',
    description: 'GIPHY API key',
    provider: 'giphy',
    body: '[A-Za-z0-9]{32}',
    context: ['giphy'],
    revoke: 'developers.giphy.com > Dashboard > delete the app key',
  }),
];
