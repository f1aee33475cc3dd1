import type { Rule } from '../../types';
import { providerRule } from './build';

// Pixabay API keys: a user number, a dash and 25 hex, named by context.
export const pixabayRules: Rule[] = [
  providerRule({
    id: 'pixabay-api-key',
    description: 'Pixabay API key',
    provider: 'pixabay',
    body: '[0-9]{7,9}-[a-f0-9]{25}',
    context: ['pixabay'],
    revoke: 'pixabay.com/api/docs (logged in) > request a new key',
  }),
];
