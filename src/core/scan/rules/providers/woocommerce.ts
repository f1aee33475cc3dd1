import type { Rule } from '../../types';
import { providerRule } from './build';

// WooCommerce REST consumer secrets: cs_ + 40 hex.
export const woocommerceRules: Rule[] = [
  providerRule({
    id: 'woocommerce-consumer-secret',
    description: 'WooCommerce consumer secret',
    provider: 'woocommerce',
    body: 'cs_[a-f0-9]{40}',
    keywords: ['cs_'],
    revoke: 'WordPress admin > WooCommerce > Settings > Advanced > REST API',
  }),
];
