import type { Rule } from '../../types';
import { providerRule } from './build';

// ClickHouse Cloud API secret keys: 4b1d + 38 alphanumerics.
const REVOKE = 'ClickHouse Cloud console > API keys > Delete';

export const clickhouseRules: Rule[] = [
  providerRule({
    id: 'clickhouse-cloud-api-secret',
    description: 'ClickHouse Cloud API secret key',
    provider: 'clickhouse',
    body: '4b1d[A-Za-z0-9]{38}',
    keywords: ['4b1d'],
    minEntropy: 3,
    revoke: REVOKE,
  }),
];
