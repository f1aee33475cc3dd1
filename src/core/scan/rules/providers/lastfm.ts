import type { Rule } from '../../types';
import { providerRule } from './build';

// Last.fm API keys and shared secrets: 32 hex, named by context.
export const lastfmRules: Rule[] = [
  providerRule({
    id: 'lastfm-api-secret',
    description: 'Last.fm API secret',
    provider: 'lastfm',
    body: '[a-f0-9]{32}',
    context: ['lastfm', 'last_fm'],
    revoke: 'last.fm/api/accounts > reset the shared secret',
  }),
];
