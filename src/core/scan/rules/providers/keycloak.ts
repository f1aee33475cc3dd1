import type { Rule } from '../../types';
import { providerRule } from './build';

// Keycloak client secrets: 32 alphanumerics, named by context.
export const keycloakRules: Rule[] = [
  providerRule({
    id: 'keycloak-client-secret',
    description: 'Keycloak client secret',
    provider: 'keycloak',
    body: '[A-Za-z0-9]{32}',
    context: ['keycloak'],
    revoke: 'Keycloak admin > Clients > Credentials > regenerate',
  }),
];
