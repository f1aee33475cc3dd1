import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Shortcut (formerly Clubhouse) API tokens: UUIDs, named by context (`shortcut` alone is keyboard
// vocabulary).
export const shortcutRules: Rule[] = [
  providerRule({
    id: 'shortcut-api-token',
    description: 'Shortcut API token',
    provider: 'shortcut',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['shortcut_api', 'shortcut_token', 'clubhouse_api'],
    keywords: [...nameKeywords('shortcut', ['api', 'token']), ...nameKeywords('clubhouse', ['api'])],
    revoke: 'Shortcut > Settings > API tokens > delete',
  }),
];
