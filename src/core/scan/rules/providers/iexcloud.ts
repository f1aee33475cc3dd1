import type { Rule } from '../../types';
import { providerRule } from './build';

// IEX Cloud secret tokens: sk_ and 32 hex, named by context (pk_ tokens are publishable).
export const iexcloudRules: Rule[] = [
  providerRule({
    id: 'iexcloud-secret-token',
    description: 'IEX Cloud secret token',
    provider: 'iexcloud',
    body: 'sk_[a-f0-9]{32}',
    context: ['iex_cloud', 'iexcloud', 'iex_api', 'iex_token', 'iex_secret'],
    revoke: 'the IEX Cloud console > API tokens > delete',
  }),
];
