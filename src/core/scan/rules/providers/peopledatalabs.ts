import type { Rule } from '../../types';
import { providerRule } from './build';

// People Data Labs API keys: 64 hex, named by context.
export const peopledatalabsRules: Rule[] = [
  providerRule({
    id: 'peopledatalabs-api-key',
    description: 'People Data Labs API key',
    provider: 'peopledatalabs',
    body: '[a-f0-9]{64}',
    context: ['peopledatalabs', 'people_data_labs', 'pdl_api'],
    revoke: 'dashboard.peopledatalabs.com > API keys > delete',
  }),
];
