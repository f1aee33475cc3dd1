import type { Rule } from '../../types';
import { providerRule } from './build';

// CircleCI personal (CCIPAT_) and project (CCIPRJ_) tokens.
export const circleciRules: Rule[] = [
  providerRule({
    id: 'circleci-token',
    description: 'CircleCI API token',
    provider: 'circleci',
    body: 'CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}',
    keywords: ['ccipat_', 'cciprj_'],
    revoke: 'CircleCI > User settings > Personal API tokens',
  }),
];
