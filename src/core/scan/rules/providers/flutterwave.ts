import type { Rule } from '../../types';
import { providerRule } from './build';

// Flutterwave secret keys: FLWSECK(_TEST)- + 32 + -X; encryption keys: FLWSECK(_TEST) + 12, with or
// without the dash.
export const flutterwaveRules: Rule[] = [
  providerRule({
    id: 'flutterwave-secret-key',
    description: 'Flutterwave secret key',
    provider: 'flutterwave',
    body: 'FLWSECK(?:_TEST)?-[a-h0-9]{32}-X',
    keywords: ['flwseck'],
    revoke: 'Flutterwave dashboard > Settings > API keys',
  }),
  providerRule({
    id: 'flutterwave-encryption-key',
    description: 'Flutterwave encryption key',
    provider: 'flutterwave',
    body: 'FLWSECK(?:_TEST)?-?[a-h0-9]{12}',
    keywords: ['flwseck'],
    revoke: 'Flutterwave dashboard > Settings > API keys',
  }),
];
