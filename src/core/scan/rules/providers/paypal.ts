import type { Rule } from '../../types';
import { providerRule } from './build';

// Braintree access tokens name their environment; PayPal REST secrets are 80 chars.
const REVOKE = 'PayPal Developer Dashboard > Apps & Credentials, or Braintree Control Panel > API';

export const paypalRules: Rule[] = [
  providerRule({
    id: 'braintree-access-token',
    description: 'Braintree (PayPal) access token',
    provider: 'paypal',
    body: String.raw`access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}`,
    keywords: ['access_token$'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'paypal-client-secret',
    description: 'PayPal REST client secret',
    provider: 'paypal',
    body: '[A-Za-z0-9_-]{80}',
    context: ['paypal_secret', 'paypal_client_secret'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'braintree-private-key',
    description: 'Braintree private key',
    provider: 'paypal',
    body: '[0-9a-f]{32}',
    context: ['braintree_private_key', 'bt_private_key'],
    revoke: REVOKE,
  }),
];
