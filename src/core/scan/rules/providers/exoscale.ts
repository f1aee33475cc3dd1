import type { Rule } from '../../types';
import { providerRule } from './build';

// Exoscale API keys (EXO + 24 hex) and their 43-character secrets, named by context.
export const exoscaleRules: Rule[] = [
  providerRule({
    id: 'exoscale-api-credential',
    description: 'Exoscale API key or secret',
    provider: 'exoscale',
    body: 'EXO[a-f0-9]{24}|[A-Za-z0-9_-]{43}',
    context: ['exoscale'],
    revoke: 'Exoscale portal > IAM > Keys > revoke',
  }),
];
