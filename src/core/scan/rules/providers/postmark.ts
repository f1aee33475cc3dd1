import type { Rule } from '../../types';
import { providerRule } from './build';

// Postmark server and account tokens are UUIDs; only the name says what they are.
export const postmarkRules: Rule[] = [
  providerRule({
    id: 'postmark-server-token',
    description: 'Postmark server or account token',
    provider: 'postmark',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['postmark'],
    revoke: 'Postmark > Server > API Tokens',
  }),
];
