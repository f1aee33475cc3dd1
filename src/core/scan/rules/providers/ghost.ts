import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Ghost Admin API keys: a 24-hex id, a colon and a 64-hex secret, named by context.
export const ghostRules: Rule[] = [
  providerRule({
    id: 'ghost-admin-api-key',
    description: 'Ghost Admin API key',
    provider: 'ghost',
    body: '[a-f0-9]{24}:[a-f0-9]{64}',
    context: ['ghost_admin', 'ghost_api'],
    keywords: nameKeywords('ghost', ['admin', 'api']),
    revoke: 'Ghost admin > Settings > Integrations > regenerate the Admin API key',
  }),
];
