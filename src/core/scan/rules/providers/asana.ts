import type { Rule } from '../../types';
import { providerRule } from './build';

// Asana personal access tokens: 1/ or 2/ + numeric ids + : + 32 hex; OAuth client secrets: 32
// lower-case alphanumerics, named by context.
export const asanaRules: Rule[] = [
  providerRule({
    id: 'asana-pat',
    description: 'Asana personal access token',
    provider: 'asana',
    body: '[0-2]/[0-9]{13,19}(?:/[0-9]{13,19})?:[0-9a-f]{32}',
    context: ['asana'],
    revoke: 'Asana > My settings > Apps > Developer apps > Personal access tokens',
  }),
  providerRule({
    id: 'asana-client-secret',
    description: 'Asana OAuth client secret',
    provider: 'asana',
    body: '[a-z0-9]{32}',
    context: ['asana_client_secret', 'asana_secret'],
    revoke: 'Asana developer console > your app > OAuth > reset the client secret',
  }),
];
