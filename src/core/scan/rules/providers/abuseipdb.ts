import type { Rule } from '../../types';
import { providerRule } from './build';

// AbuseIPDB API keys: 80 hex, named by context.
export const abuseipdbRules: Rule[] = [
  providerRule({
    id: 'abuseipdb-api-key',
    description: 'AbuseIPDB API key',
    provider: 'abuseipdb',
    body: '[a-f0-9]{80}',
    context: ['abuseipdb'],
    revoke: 'abuseipdb.com/account/api > delete the key',
  }),
];
