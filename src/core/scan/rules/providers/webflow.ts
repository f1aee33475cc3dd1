import type { Rule } from '../../types';
import { providerRule } from './build';

// Webflow API tokens: 64 hex, named by context.
export const webflowRules: Rule[] = [
  providerRule({
    id: 'webflow-api-token',
    description: 'Webflow API token',
    provider: 'webflow',
    body: '[a-f0-9]{64}',
    context: ['webflow'],
    revoke: 'Webflow > Site settings > Apps & integrations > API access > delete',
  }),
];
