import type { Rule } from '../../types';
import { providerRule } from './build';

// BigCommerce API account access tokens: ~31 lower-case alphanumerics, named by context.
export const bigcommerceRules: Rule[] = [
  providerRule({
    id: 'bigcommerce-access-token',
    description: 'BigCommerce access token',
    provider: 'bigcommerce',
    body: '[a-z0-9]{27,40}',
    context: ['bigcommerce'],
    revoke: 'BigCommerce control panel > Settings > API accounts > delete',
  }),
];
