import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Iterable API keys: 32 hex, named by context (`iterable` alone is a type name in most languages).
export const iterableRules: Rule[] = [
  providerRule({
    id: 'iterable-api-key',
    description: 'Iterable API key',
    provider: 'iterable',
    body: '[a-f0-9]{32}',
    context: ['iterable_api', 'iterable_key'],
    keywords: nameKeywords('iterable', ['api', 'key']),
    revoke: 'Iterable > Integrations > API keys > delete',
  }),
];
