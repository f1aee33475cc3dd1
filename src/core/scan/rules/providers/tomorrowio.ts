import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Tomorrow.io API keys: 32 alphanumerics, named by context.
export const tomorrowioRules: Rule[] = [
  providerRule({
    id: 'tomorrowio-api-key',
    description: 'Tomorrow.io API key',
    provider: 'tomorrowio',
    body: '[A-Za-z0-9]{32}',
    context: ['tomorrowio', 'tomorrow_io'],
    keywords: nameKeywords('tomorrow', ['io']),
    revoke: 'Tomorrow.io > Development > API keys > delete',
  }),
];
