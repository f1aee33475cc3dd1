import type { Rule } from '../../types';
import { providerRule } from './build';

// Resend API keys: re_ + 8 + _ + 24.
export const resendRules: Rule[] = [
  providerRule({
    id: 'resend-api-key',
    description: 'Resend API key',
    provider: 'resend',
    body: 're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
    keywords: ['re_'],
    revoke: 'Resend dashboard > API Keys',
  }),
];
