import type { Rule } from '../../types';
import { providerRule } from './build';

// Pipedrive API tokens: 40 hex, named by context.
export const pipedriveRules: Rule[] = [
  providerRule({
    id: 'pipedrive-api-token',
    description: 'Pipedrive API token',
    provider: 'pipedrive',
    body: '[a-f0-9]{40}',
    context: ['pipedrive'],
    revoke: 'Pipedrive > Personal preferences > API > regenerate',
  }),
];
