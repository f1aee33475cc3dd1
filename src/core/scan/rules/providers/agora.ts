import type { Rule } from '../../types';
import { providerRule } from './build';

// Agora app certificates and customer secrets: 32 hex, named by context.
export const agoraRules: Rule[] = [
  providerRule({
    id: 'agora-app-certificate',
    description: 'Agora app certificate or customer secret',
    provider: 'agora',
    body: '[a-f0-9]{32}',
    context: ['agora_app_certificate', 'agora_certificate', 'agora_customer_secret'],
    exactContext: true,
    revoke: 'Agora console > Project > Security > reset the certificate',
  }),
];
