import type { Rule } from '../../types';
import { providerRule } from './build';

// Mailjet API keys and secret keys: 32 hex, named by context.
export const mailjetRules: Rule[] = [
  providerRule({
    id: 'mailjet-api-credential',
    description: 'Mailjet API key or secret',
    provider: 'mailjet',
    body: '[a-f0-9]{32}',
    context: ['mailjet'],
    revoke: 'Mailjet > Account settings > API key management > regenerate the secret',
  }),
];
