import type { Rule } from '../../types';
import { providerRule } from './build';

// GetResponse API keys: 32 lower-case alphanumerics, named by context.
export const getresponseRules: Rule[] = [
  providerRule({
    id: 'getresponse-api-key',
    description: 'GetResponse API key',
    provider: 'getresponse',
    body: '[a-z0-9]{32}',
    context: ['getresponse'],
    revoke: 'GetResponse > Tools > Integrations and API > delete the key',
  }),
];
