import type { Rule } from '../../types';
import { providerRule } from './build';

// Jenkins API tokens: 34 hex, named by context.
export const jenkinsRules: Rule[] = [
  providerRule({
    id: 'jenkins-api-token',
    description: 'Jenkins API token',
    provider: 'jenkins',
    body: '[a-f0-9]{34}',
    context: ['jenkins'],
    revoke: 'Jenkins > user > Configure > API Token > Revoke',
  }),
];
