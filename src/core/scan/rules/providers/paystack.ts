import type { Rule } from '../../types';
import { providerRule } from './build';

// Paystack secret keys: sk_live_ or sk_test_ and 40 lower-case hex. Test keys cannot move money,
// so they are warnings.
const REVOKE = 'Paystack dashboard > Settings > API keys & webhooks > generate new keys';

export const paystackRules: Rule[] = [
  providerRule({
    id: 'paystack-live-secret-key',
    description: 'Paystack live secret key',
    provider: 'paystack',
    body: 'sk_live_[a-f0-9]{40}',
    keywords: ['sk_live_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'paystack-test-secret-key',
    description: 'Paystack test secret key',
    provider: 'paystack',
    body: 'sk_test_[a-f0-9]{40}',
    keywords: ['sk_test_'],
    severity: 'warning',
    revoke: REVOKE,
  }),
];
