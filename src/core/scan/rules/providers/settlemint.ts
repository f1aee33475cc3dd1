import type { Rule } from '../../types';
import { providerRule } from './build';

// SettleMint application, personal and service access tokens: sm_aat_/sm_pat_/sm_sat_ + 16.
const REVOKE = 'SettleMint console > Access tokens > Delete';

export const settlemintRules: Rule[] = [
  providerRule({
    id: 'settlemint-access-token',
    description: 'SettleMint access token',
    provider: 'settlemint',
    body: 'sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}',
    keywords: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
    revoke: REVOKE,
  }),
];
