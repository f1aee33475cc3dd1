import type { Rule } from '../../types';
import { providerRule } from './build';

// Cloudflare API tokens (40), global API keys (37 hex) and Origin CA keys (v1.0-).
const REVOKE = 'Cloudflare dashboard > My Profile > API Tokens';

export const cloudflareRules: Rule[] = [
  providerRule({
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token',
    provider: 'cloudflare',
    body: '[A-Za-z0-9_-]{40}',
    context: ['cloudflare', 'cf_api_token'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
  providerRule({
    id: 'cloudflare-global-api-key',
    description: 'Cloudflare global API key',
    provider: 'cloudflare',
    body: '[0-9a-f]{37}',
    context: ['cloudflare', 'cf_api_key', 'x_auth_key'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key',
    provider: 'cloudflare',
    body: String.raw`v1\.0-[0-9a-f]{24}-[0-9a-f]{146}`,
    keywords: ['v1.0-'],
    revoke: REVOKE,
  }),
];
