import type { Rule } from '../../types';
import { providerRule } from './build';

// SecurityTrails API keys: 32 alphanumerics, named by context.
export const securitytrailsRules: Rule[] = [
  providerRule({
    id: 'securitytrails-api-key',
    description: 'SecurityTrails API key',
    provider: 'securitytrails',
    body: '[A-Za-z0-9]{32}',
    context: ['securitytrails'],
    revoke: 'securitytrails.com > Account > API > delete the key',
  }),
];
