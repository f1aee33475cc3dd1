import type { TokenFormat } from './types';

const NOT_PAYSTACK = '(?![a-f0-9]{40}(?![A-Za-z0-9]))';

// https://docs.stripe.com/keys: secret (sk_), restricted (rk_) and webhook signing (whsec_)
// secrets. Publishable keys (pk_) are meant for browsers and are not reported.
export const stripeFormats: TokenFormat[] = [
  {
    id: 'stripe-live-secret-key',
    description: 'Stripe live secret key',
    // sk_prod_/rk_prod_: the live-mode spelling of some account types.
    // 40 lower-case hex after sk_live_ is a Paystack key: Stripe's base62 part is never all hex.
    body: `sk_(?:live|prod)_${NOT_PAYSTACK}[A-Za-z0-9]{24,247}`,
    keywords: ['sk_live_', 'sk_prod_'],
  },
  {
    id: 'stripe-test-secret-key',
    description: 'Stripe test-mode secret key',
    body: `sk_test_${NOT_PAYSTACK}[A-Za-z0-9]{24,247}`,
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
  {
    // PaymentIntent and SetupIntent client secrets (<id>_secret_<random>): handed to one
    // browser to confirm one payment, so a warning, but never meant for a repository or a log.
    id: 'stripe-client-secret',
    description: 'Stripe PaymentIntent or SetupIntent client secret',
    body: '(?:pi|seti)_[A-Za-z0-9]{14,40}_secret_[A-Za-z0-9]{16,40}',
    keywords: ['_secret_'],
  },
];
