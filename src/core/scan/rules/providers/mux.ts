import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Mux access token secrets: 75 base64 characters, named by context (`mux` alone is router
// vocabulary).
export const muxRules: Rule[] = [
  providerRule({
    id: 'mux-token-secret',
    description: 'Mux token secret',
    provider: 'mux',
    body: '[A-Za-z0-9+/]{75}',
    context: ['mux_token_secret', 'mux_secret'],
    keywords: nameKeywords('mux', ['token', 'secret']),
    revoke: 'Mux dashboard > Settings > Access tokens > revoke',
  }),
];
