import type { Rule } from '../../types';
import { providerRule } from './build';

// Stytch project secrets: secret-live- or secret-test- and ~36 base64url characters; test secrets
// only reach test users, so they are warnings.
const REVOKE = 'Stytch dashboard > API keys > delete the secret';

export const stytchRules: Rule[] = [
  providerRule({
    id: 'stytch-live-secret',
    description: 'Stytch live project secret',
    provider: 'stytch',
    body: 'secret-live-[A-Za-z0-9_=-]{30,48}',
    keywords: ['secret-live-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'stytch-test-secret',
    description: 'Stytch test project secret',
    provider: 'stytch',
    body: 'secret-test-[A-Za-z0-9_=-]{30,48}',
    keywords: ['secret-test-'],
    severity: 'warning',
    revoke: REVOKE,
  }),
];
