import type { Rule } from '../../types';
import { providerRule } from './build';

// Duffel API tokens: duffel_test_/duffel_live_ + 43 base64url characters.
const REVOKE = 'Duffel dashboard > Developers > Access tokens > Revoke';

export const duffelRules: Rule[] = [
  providerRule({
    id: 'duffel-api-token',
    description: 'Duffel API token',
    provider: 'duffel',
    body: 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}',
    keywords: ['duffel_'],
    revoke: REVOKE,
  }),
];
