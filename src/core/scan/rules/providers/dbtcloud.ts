import type { Rule } from '../../types';
import { providerRule } from './build';

// dbt Cloud tokens: dbtc_ (service) or dbtu_ (personal) and a base64url tail.
export const dbtcloudRules: Rule[] = [
  providerRule({
    id: 'dbtcloud-token',
    description: 'dbt Cloud service or personal token',
    provider: 'dbtcloud',
    body: 'dbt[cu]_[A-Za-z0-9_-]{30,100}',
    keywords: ['dbtc_', 'dbtu_'],
    revoke: 'dbt Cloud > Account settings > Service tokens or API tokens > delete',
  }),
];
