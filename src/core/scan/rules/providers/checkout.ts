import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Checkout.com secret keys: sk_ (sk_sbox_ in the sandbox) and a 26-27 character base32 id, or
// sk_/sk_test_ and a UUID in older accounts; sk_ alone is everywhere, so named by context.
export const checkoutRules: Rule[] = [
  providerRule({
    id: 'checkout-secret-key',
    description: 'Checkout.com secret key',
    provider: 'checkout',
    body: 'sk_(?:sbox_|test_)?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z2-7]{26,27})',
    context: ['checkout_secret', 'checkout_sk', 'checkout_api_key', 'cko_secret'],
    keywords: [...nameKeywords('checkout', ['secret', 'sk', 'api']), ...nameKeywords('cko', ['secret'])],
    revoke: 'Checkout.com dashboard > Developers > Keys > revoke',
  }),
];
