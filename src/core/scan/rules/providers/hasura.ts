import type { Rule } from '../../types';
import { providerRule } from './build';

// Hasura GraphQL Engine admin secrets: any string the operator chose, so the name is the evidence.
export const hasuraRules: Rule[] = [
  providerRule({
    id: 'hasura-admin-secret',
    description: 'Hasura admin secret',
    provider: 'hasura',
    body: '[A-Za-z0-9_!#%+=.~@-]{12,128}',
    context: ['hasura_graphql_admin_secret', 'hasura_admin_secret'],
    exactContext: true,
    revoke: 'change HASURA_GRAPHQL_ADMIN_SECRET on the server and redeploy',
  }),
];
