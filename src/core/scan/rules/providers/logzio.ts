import type { Rule } from '../../types';
import { providerRule } from './build';

// Logz.io shipping and API tokens: 32 alphanumerics or a UUID, named by context.
export const logzioRules: Rule[] = [
  providerRule({
    id: 'logzio-token',
    description: 'Logz.io token',
    provider: 'logzio',
    body: '[A-Za-z0-9]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['logzio', 'logz_io'],
    revoke: 'Logz.io > Settings > Manage tokens > delete',
  }),
];
