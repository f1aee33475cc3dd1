import type { Rule } from '../../types';
import { providerRule } from './build';

// HERE location platform API keys: 43 base64url characters, named by context.
export const hereRules: Rule[] = [
  providerRule({
    id: 'here-api-key',
    description: 'HERE API key',
    provider: 'here',
    body: '[A-Za-z0-9_-]{43}',
    context: ['here_api', 'here_app', 'here_maps'],
    revoke: 'HERE platform > Access manager > Apps > delete the API key',
  }),
];
