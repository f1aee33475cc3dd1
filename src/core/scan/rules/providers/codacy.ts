import type { Rule } from '../../types';
import { providerRule } from './build';

// Codacy project and account API tokens: 20 alphanumerics, named by context.
export const codacyRules: Rule[] = [
  providerRule({
    id: 'codacy-api-token',
    description: 'Codacy API token',
    provider: 'codacy',
    body: '[A-Za-z0-9]{20}',
    context: ['codacy'],
    revoke: 'Codacy > Account or Repository settings > Integrations > API tokens > revoke',
  }),
];
