import type { Rule } from '../../types';
import { providerRule } from './build';

// Octopus Deploy API keys: API- + 26 upper-case alphanumerics.
export const octopusRules: Rule[] = [
  providerRule({
    id: 'octopus-deploy-api-key',
    description: 'Octopus Deploy API key',
    provider: 'octopus',
    body: 'API-[A-Z0-9]{26}',
    keywords: ['api-'],
    revoke: 'Octopus > Profile > My API keys',
  }),
];
