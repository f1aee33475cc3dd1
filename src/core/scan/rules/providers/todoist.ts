import type { Rule } from '../../types';
import { providerRule } from './build';

// Todoist API tokens: 40 hex, named by context.
export const todoistRules: Rule[] = [
  providerRule({
    id: 'todoist-api-token',
    description: 'Todoist API token',
    provider: 'todoist',
    body: '[a-f0-9]{40}',
    context: ['todoist'],
    revoke: 'Todoist > Settings > Integrations > Developer > issue a new token',
  }),
];
