import type { Rule } from '../../types';
import { providerRule } from './build';

// Scalingo API tokens: tk-us- + 48.
export const scalingoRules: Rule[] = [
  providerRule({
    id: 'scalingo-api-token',
    description: 'Scalingo API token',
    provider: 'scalingo',
    body: 'tk-us-[A-Za-z0-9_-]{48}',
    keywords: ['tk-us-'],
    revoke: 'Scalingo dashboard > User settings > API tokens',
  }),
];
