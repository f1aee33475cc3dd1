import type { Rule } from '../../types';
import { providerRule } from './build';

// Razorpay key secrets: 24 alphanumerics, named by context (the rzp_live_/rzp_test_ key id is
// published in checkout pages).
export const razorpayRules: Rule[] = [
  providerRule({
    id: 'razorpay-key-secret',
    description: 'Razorpay key secret',
    provider: 'razorpay',
    body: '[A-Za-z0-9]{24}',
    context: ['razorpay'],
    revoke: 'Razorpay dashboard > Account & settings > API keys > regenerate',
  }),
];
