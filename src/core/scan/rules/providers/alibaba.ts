import type { Rule } from '../../types';
import { providerRule } from './build';

// Alibaba Cloud AccessKey ids start with LTAI; secrets are 30 alphanumerics.
const REVOKE = 'Alibaba Cloud RAM console > AccessKeys';

export const alibabaRules: Rule[] = [
  providerRule({
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey id',
    provider: 'alibaba',
    body: 'LTAI[A-Za-z0-9]{12,20}',
    keywords: ['ltai'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'alibaba-access-key-secret',
    description: 'Alibaba Cloud AccessKey secret',
    provider: 'alibaba',
    body: '[A-Za-z0-9]{30}',
    context: ['alibaba', 'aliyun', 'alicloud'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
