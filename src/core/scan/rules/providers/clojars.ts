import type { Rule } from '../../types';
import { providerRule } from './build';

// Clojars deploy tokens: CLOJARS_ + 60.
export const clojarsRules: Rule[] = [
  providerRule({
    id: 'clojars-deploy-token',
    description: 'Clojars deploy token',
    provider: 'clojars',
    body: 'CLOJARS_[a-z0-9]{60}',
    keywords: ['clojars_'],
    revoke: 'clojars.org > Deploy tokens',
  }),
];
