import type { Rule } from '../../types';
import { providerRule } from './build';

// Tencent Cloud SecretIds: AKID + 32.
export const tencentRules: Rule[] = [
  providerRule({
    id: 'tencent-secret-id',
    description: 'Tencent Cloud SecretId',
    provider: 'tencent',
    body: 'AKID[A-Za-z0-9]{32}',
    keywords: ['akid'],
    revoke: 'Tencent Cloud CAM console > API keys',
  }),
];
