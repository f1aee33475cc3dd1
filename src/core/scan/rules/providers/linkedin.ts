import type { Rule } from '../../types';
import { providerRule } from './build';

// LinkedIn client secrets: 16 alphanumerics named by context.
const REVOKE = 'LinkedIn Developer portal > your app > Auth > generate a new client secret';

export const linkedinRules: Rule[] = [
  providerRule({
    id: 'linkedin-client-secret',
    description: 'LinkedIn client secret',
    provider: 'linkedin',
    body: '[A-Za-z0-9]{16}',
    context: ['linkedin_secret', 'linkedin_client_secret', 'linked_in_secret'],
    exactContext: true,
    revoke: REVOKE,
  }),
];
