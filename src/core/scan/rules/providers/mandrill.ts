import type { Rule } from '../../types';
import { providerRule } from './build';

// Mandrill (Mailchimp Transactional) keys: 22 base64url chars.
export const mandrillRules: Rule[] = [
  providerRule({
    id: 'mandrill-api-key',
    description: 'Mandrill API key',
    provider: 'mandrill',
    body: '[A-Za-z0-9_-]{22}',
    context: ['mandrill'],
    minEntropy: 3.5,
    revoke: 'Mandrill > Settings > API keys',
  }),
];
