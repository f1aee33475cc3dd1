import type { Rule } from '../../types';
import { providerRule } from './build';

// Yandex Cloud API keys (AQVN), static access keys (YC) and IAM tokens (t1.).
const REVOKE = 'Yandex Cloud console > Service accounts > keys';

export const yandexRules: Rule[] = [
  providerRule({
    id: 'yandex-api-key',
    description: 'Yandex Cloud API key',
    provider: 'yandex',
    body: 'AQVN[A-Za-z0-9_-]{35,38}',
    keywords: ['aqvn'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'yandex-access-key',
    description: 'Yandex Cloud static access key',
    provider: 'yandex',
    body: 'YC[A-Za-z0-9_-]{38}',
    context: ['yandex'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'yandex-iam-token',
    description: 'Yandex Cloud IAM token',
    provider: 'yandex',
    body: String.raw`t1\.[A-Za-z0-9_-]{20,200}={0,2}\.[A-Za-z0-9_-]{86}={0,2}`,
    keywords: ['t1.'],
    revoke: REVOKE,
  }),
];
