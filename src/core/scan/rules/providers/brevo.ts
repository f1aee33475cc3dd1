import type { Rule } from '../../types';
import { providerRule } from './build';

// Brevo (Sendinblue) API keys xkeysib- and SMTP keys xsmtpsib-: 64 hex + - + 16.
const REVOKE = 'Brevo > SMTP & API';

export const brevoRules: Rule[] = [
  providerRule({
    id: 'brevo-api-key',
    description: 'Brevo (Sendinblue) API key',
    provider: 'brevo',
    body: 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}',
    keywords: ['xkeysib-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'brevo-smtp-key',
    description: 'Brevo (Sendinblue) SMTP key',
    provider: 'brevo',
    body: 'xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}',
    keywords: ['xsmtpsib-'],
    revoke: REVOKE,
  }),
];
