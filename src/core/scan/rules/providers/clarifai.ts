import type { Rule } from '../../types';
import { providerRule } from './build';

// Clarifai personal access tokens and API keys: 32 hex, named by context.
export const clarifaiRules: Rule[] = [
  providerRule({
    id: 'clarifai-api-key',
    description: 'Clarifai API key or PAT',
    provider: 'clarifai',
    body: '[a-f0-9]{32}',
    context: ['clarifai'],
    revoke: 'Clarifai > Settings > Security > delete the token',
  }),
];
