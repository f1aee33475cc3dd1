import type { Rule } from '../../types';
import { providerRule } from './build';

// Webex access tokens: 64 alphanumerics, _, 4 characters, _ and an org UUID, named by context.
export const webexRules: Rule[] = [
  providerRule({
    id: 'webex-access-token',
    description: 'Webex access token',
    provider: 'webex',
    body: '[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['webex'],
    revoke: 'developer.webex.com > My apps > regenerate the access token',
  }),
];
