import type { Rule } from '../../types';
import { providerRule } from './build';

// Telnyx API v2 keys: KEY and 55 base64url characters, named by context (`key` is no keyword).
export const telnyxRules: Rule[] = [
  providerRule({
    id: 'telnyx-api-key',
    description: 'Telnyx API key',
    provider: 'telnyx',
    body: 'KEY[A-Za-z0-9_-]{55}',
    context: ['telnyx'],
    revoke: 'Telnyx portal > Auth > API keys > delete',
  }),
];
