import type { Rule } from '../../types';
import { providerRule } from './build';

// 1Password service-account tokens (ops_ + base64 JSON) and account Secret Keys (A3-...).
const REVOKE = '1Password > Developer > Service accounts, or regenerate the Secret Key';

export const onepasswordRules: Rule[] = [
  providerRule({
    id: 'onepassword-service-account-token',
    description: '1Password service account token',
    provider: '1password',
    body: 'ops_eyJ[A-Za-z0-9+/=_-]{250,1500}',
    keywords: ['ops_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'onepassword-secret-key',
    description: '1Password account Secret Key',
    provider: '1password',
    body: 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    keywords: ['a3-'],
    revoke: REVOKE,
  }),
];
