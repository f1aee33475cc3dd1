import type { Rule } from '../../types';
import { providerRule } from './build';

// OVHcloud API application secrets and consumer keys: 32 alphanumerics, named by context.
export const ovhRules: Rule[] = [
  providerRule({
    id: 'ovh-api-credential',
    description: 'OVHcloud application secret or consumer key',
    provider: 'ovh',
    body: '[A-Za-z0-9]{32}',
    context: ['ovh'],
    revoke: 'OVHcloud > API > delete the application or revoke the consumer key',
  }),
];
