import type { Rule } from '../../types';
import { providerRule } from './build';

// Apify API tokens: apify_api_ and 36 alphanumerics.
export const apifyRules: Rule[] = [
  providerRule({
    id: 'apify-api-token',
    description: 'Apify API token',
    provider: 'apify',
    body: 'apify_api_[A-Za-z0-9]{36}',
    keywords: ['apify_api_'],
    revoke: 'Apify Console > Settings > Integrations > API tokens > delete',
  }),
];
