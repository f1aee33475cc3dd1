import type { Rule } from '../../types';
import { providerRule } from './build';

// Statsig server secret keys: secret- and ~43 alphanumerics, named by context (client keys are
// public).
export const statsigRules: Rule[] = [
  providerRule({
    id: 'statsig-server-secret',
    description: 'Statsig server secret key',
    provider: 'statsig',
    body: 'secret-[A-Za-z0-9]{40,50}',
    context: ['statsig'],
    revoke: 'Statsig console > Project settings > Keys & environments > revoke',
  }),
];
