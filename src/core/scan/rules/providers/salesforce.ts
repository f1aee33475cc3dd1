import type { Rule } from '../../types';
import { providerRule } from './build';

// Salesforce session / access tokens: org id (00D...) + ! + 80-200 chars.
export const salesforceRules: Rule[] = [
  providerRule({
    id: 'salesforce-access-token',
    description: 'Salesforce access token',
    provider: 'salesforce',
    body: '00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}',
    keywords: ['00d'],
    revoke: 'Salesforce Setup > Session Management > remove the session',
  }),
];
