import type { Rule } from '../../types';
import { providerRule } from './build';

// Aiven authentication tokens: a few hundred base64 characters, named by context.
export const aivenRules: Rule[] = [
  providerRule({
    id: 'aiven-token',
    description: 'Aiven authentication token',
    provider: 'aiven',
    body: '[A-Za-z0-9+/]{200,400}={0,2}',
    context: ['aiven'],
    revoke: 'Aiven console > User profile > Tokens > revoke',
  }),
];
