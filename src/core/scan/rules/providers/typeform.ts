import type { Rule } from '../../types';
import { providerRule } from './build';

// Typeform personal access tokens: tfp_ + 59.
export const typeformRules: Rule[] = [
  providerRule({
    id: 'typeform-pat',
    description: 'Typeform personal access token',
    provider: 'typeform',
    body: 'tfp_[A-Za-z0-9_.=-]{59}',
    keywords: ['tfp_'],
    revoke: 'Typeform > Account > Personal tokens',
  }),
];
