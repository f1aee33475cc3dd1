import type { Rule } from '../../types';
import { providerRule } from './build';

// New Relic keys carry a type prefix (NRAK user, NRII insert, NRAA admin) or the NRAL license
// suffix.
const REVOKE = 'New Relic > API keys';

export const newrelicRules: Rule[] = [
  providerRule({
    id: 'newrelic-user-api-key',
    description: 'New Relic user API key',
    provider: 'newrelic',
    body: 'NRAK-[A-Z0-9]{27}',
    keywords: ['nrak-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'newrelic-insert-key',
    description: 'New Relic insights insert key',
    provider: 'newrelic',
    body: 'NRII-[A-Za-z0-9_-]{32}',
    keywords: ['nrii-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'newrelic-admin-key',
    description: 'New Relic admin API key',
    provider: 'newrelic',
    body: 'NRAA-[a-f0-9]{27}',
    keywords: ['nraa-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'newrelic-license-key',
    description: 'New Relic ingest license key',
    provider: 'newrelic',
    body: '[a-f0-9]{36}NRAL',
    keywords: ['nral'],
    revoke: REVOKE,
  }),
];
