import type { Rule } from '../../types';
import { providerRule } from './build';

// MailerLite classic API keys: 32 hex, named by context (new-platform tokens are JWTs, found by
// the JWT rule).
export const mailerliteRules: Rule[] = [
  providerRule({
    id: 'mailerlite-api-key',
    description: 'MailerLite API key',
    provider: 'mailerlite',
    body: '[a-f0-9]{32}',
    context: ['mailerlite'],
    revoke: 'MailerLite > Integrations > API > delete the token',
  }),
];
