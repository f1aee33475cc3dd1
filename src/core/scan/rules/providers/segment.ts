import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Segment write keys (32 alphanumerics) and Public API tokens (sgp_), named by context (`segment`
// alone is path and video vocabulary).
export const segmentRules: Rule[] = [
  providerRule({
    id: 'segment-api-token',
    description: 'Segment write key or API token',
    provider: 'segment',
    body: 'sgp_[A-Za-z0-9]{40,70}|[A-Za-z0-9]{32}',
    context: ['segment_write_key', 'segment_api', 'segment_token', 'segment_access_token'],
    keywords: nameKeywords('segment', ['write', 'api', 'token', 'access']),
    revoke: 'Segment workspace > Settings > Access management > Tokens, or regenerate the source write key',
  }),
];
