import type { TokenFormat } from './types';

// https://docs.stripe.com/keys: secret (sk_), restricted (rk_) and webhook signing (whsec_)
// secrets. Publishable keys (pk_) are meant for browsers and are not reported.
export const stripeFormats: TokenFormat[] = [
  {
    id: 'stripe-live-secret-key',
    description: 'Stripe live secret key',
    // sk_prod_/rk_prod_: the live-mode spelling of some account types.
    body: 'sk_(?:live|prod)_[A-Za-z0-9]{24,247}',
    keywords: ['sk_live_', 'sk_prod_'],
  },
  {
    id: 'stripe-test-secret-key',
    description: 'Stripe test-mode secret key',
    body: 'sk_test_[A-Za-z0-9]{24,247}',
    keywords: ['sk_test_'],
  },
  {
    id: 'stripe-live-restricted-key',
    description: 'Stripe live restricted key',
    body: 'rk_(?:live|prod)_[A-Za-z0-9]{24,247}',
    keywords: ['rk_live_', 'rk_prod_'],
  },
  {
    id: 'stripe-test-restricted-key',
    description: 'Stripe test-mode restricted key',
    body: 'rk_test_[A-Za-z0-9]{24,247}',
    keywords: ['rk_test_'],
  },
  {
    id: 'stripe-webhook-secret',
    description: 'Stripe webhook signing secret',
    body: 'whsec_[A-Za-z0-9+/]{32,64}',
    keywords: ['whsec_'],
  },
];
