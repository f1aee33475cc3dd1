import type { Rule } from '../../types';
import { providerRule } from './build';

// Confluent Cloud API key (16) and secret (64), named by context.
const REVOKE = 'Confluent Cloud > API keys > Delete';

export const confluentRules: Rule[] = [
  providerRule({
    id: 'confluent-api-key',
    description: 'Confluent Cloud API key',
    provider: 'confluent',
    body: '[A-Z0-9]{16}',
    context: ['confluent_api_key', 'confluent_key', 'confluent_cloud_key'],
    exactContext: true,
    revoke: REVOKE,
  }),
  providerRule({
    id: 'confluent-api-secret',
    description: 'Confluent Cloud API secret',
    provider: 'confluent',
    body: '[A-Za-z0-9+/]{64}',
    context: ['confluent'],
    revoke: REVOKE,
  }),
];
