import type { Rule } from '../../types';
import { providerRule } from './build';

// Kit (ConvertKit) API secrets: 43 base64url characters, named by context.
export const convertkitRules: Rule[] = [
  providerRule({
    id: 'convertkit-api-secret',
    description: 'Kit (ConvertKit) API secret',
    provider: 'convertkit',
    body: '[A-Za-z0-9_-]{43}',
    context: ['convertkit', 'kit_api_secret'],
    revoke: 'Kit > Settings > Developer > reset the API secret',
  }),
];
