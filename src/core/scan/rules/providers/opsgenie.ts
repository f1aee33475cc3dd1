import type { Rule } from '../../types';
import { providerRule } from './build';

// Opsgenie API keys are UUIDs, named by context.
export const opsgenieRules: Rule[] = [
  providerRule({
    id: 'opsgenie-api-key',
    description: 'Opsgenie API key',
    provider: 'opsgenie',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['opsgenie', 'genie_key'],
    revoke: 'Opsgenie > Settings > API key management',
  }),
];
