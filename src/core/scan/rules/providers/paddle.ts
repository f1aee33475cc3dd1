import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Paddle Billing API keys: pdl_live_apikey_/pdl_sdbx_apikey_ + id + secret; Paddle Classic vendor
// auth codes are 50 hex, named by context.
const REVOKE = 'Paddle dashboard > Developer tools > Authentication > revoke';

export const paddleRules: Rule[] = [
  providerRule({
    id: 'paddle-api-key',
    description: 'Paddle Billing API key',
    provider: 'paddle',
    body: 'pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}',
    keywords: ['pdl_live_', 'pdl_sdbx_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'paddle-vendor-auth-code',
    description: 'Paddle Classic vendor auth code',
    provider: 'paddle',
    body: '[a-f0-9]{50}',
    context: ['paddle_vendor_auth', 'paddle_auth_code', 'paddle_api_key'],
    keywords: nameKeywords('paddle', ['vendor', 'auth', 'api']),
    revoke: REVOKE,
  }),
];
