import type { Rule } from '../../types';
import { providerRule } from './build';

// MapQuest API keys: 32 alphanumerics, named by context.
export const mapquestRules: Rule[] = [
  providerRule({
    id: 'mapquest-api-key',
    description: 'MapQuest API key',
    provider: 'mapquest',
    body: '[A-Za-z0-9]{32}',
    context: ['mapquest'],
    revoke: 'MapQuest developer > Manage keys > delete',
  }),
];
