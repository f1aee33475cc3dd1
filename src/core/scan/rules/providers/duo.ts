import type { Rule } from '../../types';
import { providerRule } from './build';

// Duo integration secret keys (skey): 40 alphanumerics, named by context (the integration key,
// DI…, is an id).
export const duoRules: Rule[] = [
  providerRule({
    id: 'duo-secret-key',
    description: 'Duo secret key',
    provider: 'duo',
    body: '[A-Za-z0-9]{40}',
    context: ['duo_skey', 'duo_secret_key', 'duo_secret', 'duo_client_secret'],
    exactContext: true,
    revoke: 'Duo Admin Panel > Applications > reset the secret key',
  }),
];
