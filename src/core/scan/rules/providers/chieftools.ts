import type { Rule } from '../../types';
import { providerRule } from './build';

// Chief Tools tokens: ctp_ (personal access), cto_ (OAuth access) or ctr_ (refresh) and 30 or more
// alphanumerics (https://docs.chief.tools/accountchief/tokens).
export const chieftoolsRules: Rule[] = [
  providerRule({
    id: 'chieftools-token',
    description: 'Chief Tools personal access, access or refresh token',
    provider: 'chieftools',
    body: 'ct[opr]_[A-Za-z0-9]{30,248}',
    keywords: ['ctp_', 'cto_', 'ctr_'],
    revoke: 'account.chief.tools > API tokens > revoke',
  }),
];
