import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Hunter.io API keys: 40 hex, named by context.
export const hunterRules: Rule[] = [
  providerRule({
    id: 'hunter-api-key',
    description: 'Hunter API key',
    provider: 'hunter',
    body: '[a-f0-9]{40}',
    context: ['hunter_api', 'hunter_io', 'hunterio'],
    keywords: nameKeywords('hunter', ['api', 'io']),
    revoke: 'hunter.io > API > regenerate the key',
  }),
];
