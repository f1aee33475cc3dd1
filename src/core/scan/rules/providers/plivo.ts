import type { Rule } from '../../types';
import { providerRule } from './build';

// Plivo auth tokens: 40 base64url characters, named by context (the auth id beside them is an
// account id).
export const plivoRules: Rule[] = [
  providerRule({
    id: 'plivo-auth-token',
    description: 'Plivo auth token',
    provider: 'plivo',
    body: '[A-Za-z0-9_-]{40}',
    context: ['plivo'],
    revoke: 'Plivo console > Account > Auth credentials > regenerate',
  }),
];
