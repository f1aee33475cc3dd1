import type { Rule } from '../../types';
import { providerRule } from './build';

// Samsara API tokens: samsara_api_ and 30 alphanumerics.
export const samsaraRules: Rule[] = [
  providerRule({
    id: 'samsara-api-token',
    description: 'Samsara API token',
    provider: 'samsara',
    body: 'samsara_api_[A-Za-z0-9]{30}',
    keywords: ['samsara_api_'],
    revoke: 'Samsara dashboard > Settings > API tokens > delete',
  }),
];
