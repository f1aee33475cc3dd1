import type { Rule } from '../../types';
import { providerRule } from './build';

// OpenCage geocoding API keys: 32 hex, named by context.
export const opencageRules: Rule[] = [
  providerRule({
    id: 'opencage-api-key',
    description: 'OpenCage API key',
    provider: 'opencage',
    body: '[a-f0-9]{32}',
    context: ['opencage'],
    revoke: 'OpenCage dashboard > Geocoding API > API keys > delete',
  }),
];
