import type { Rule } from '../../types';
import { providerRule } from './build';

// Upstash REST and management tokens: long base64url strings, named by context.
export const upstashRules: Rule[] = [
  providerRule({
    id: 'upstash-token',
    description: 'Upstash REST or management token',
    provider: 'upstash',
    body: '[A-Za-z0-9_-]{40,120}={0,2}',
    context: ['upstash'],
    revoke: 'Upstash console > database > REST API > reset the token',
  }),
];
