import type { Rule } from '../../types';
import { providerRule } from './build';

// EasyPost keys: EZAK (production) / EZTK (test) + 54.
const REVOKE = 'EasyPost dashboard > API Keys';

export const easypostRules: Rule[] = [
  providerRule({
    id: 'easypost-api-key',
    description: 'EasyPost production API key',
    provider: 'easypost',
    body: 'EZAK[A-Za-z0-9]{54}',
    keywords: ['ezak'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'easypost-test-api-key',
    description: 'EasyPost test API key',
    provider: 'easypost',
    body: 'EZTK[A-Za-z0-9]{54}',
    keywords: ['eztk'],
    severity: 'warning',
    revoke: REVOKE,
  }),
];
