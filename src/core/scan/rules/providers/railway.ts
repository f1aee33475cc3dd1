import type { Rule } from '../../types';
import { providerRule } from './build';

// Railway account, team and project tokens: UUIDs, named by context.
export const railwayRules: Rule[] = [
  providerRule({
    id: 'railway-token',
    description: 'Railway API token',
    provider: 'railway',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['railway'],
    revoke: 'Railway > Account or Project settings > Tokens > delete',
  }),
];
