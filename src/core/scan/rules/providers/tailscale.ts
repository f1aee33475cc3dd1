import type { Rule } from '../../types';
import { providerRule } from './build';

// Tailscale keys: tskey-<kind>-<key id>-<secret> (https://tailscale.com/kb/1277/key-prefixes).
export const tailscaleRules: Rule[] = [
  providerRule({
    id: 'tailscale-key',
    description: 'Tailscale API, auth, OAuth client, SCIM or webhook key',
    provider: 'tailscale',
    body: 'tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}',
    keywords: ['tskey-'],
    revoke: 'Tailscale admin console > Settings > Keys > Revoke',
  }),
];
