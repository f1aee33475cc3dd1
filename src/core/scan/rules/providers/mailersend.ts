import type { Rule } from '../../types';
import { providerRule } from './build';

// MailerSend API tokens: mlsn. + 64 hex.
export const mailersendRules: Rule[] = [
  providerRule({
    id: 'mailersend-api-token',
    description: 'MailerSend API token',
    provider: 'mailersend',
    body: String.raw`mlsn\.[a-f0-9]{64}`,
    keywords: ['mlsn.'],
    revoke: 'MailerSend > Integrations > API tokens',
  }),
];
