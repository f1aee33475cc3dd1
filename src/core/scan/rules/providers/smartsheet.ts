import type { Rule } from '../../types';
import { providerRule } from './build';

// Smartsheet API access tokens: 26 or 37 alphanumerics, named by context.
export const smartsheetRules: Rule[] = [
  providerRule({
    id: 'smartsheet-access-token',
    description: 'Smartsheet access token',
    provider: 'smartsheet',
    body: '[A-Za-z0-9]{26}|[A-Za-z0-9]{37}',
    context: ['smartsheet'],
    revoke: 'Smartsheet > Apps & integrations > API access > revoke',
  }),
];
