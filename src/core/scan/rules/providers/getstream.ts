import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Stream (getstream.io) API secrets: 64 lower-case alphanumerics, named by context (`stream` alone
// is everywhere).
export const getstreamRules: Rule[] = [
  providerRule({
    id: 'getstream-api-secret',
    description: 'Stream API secret',
    provider: 'getstream',
    body: '[a-z0-9]{64}',
    context: ['getstream', 'stream_api_secret', 'stream_secret'],
    keywords: ['getstream', ...nameKeywords('stream', ['api', 'secret'])],
    revoke: 'Stream dashboard > App > regenerate the secret',
  }),
];
