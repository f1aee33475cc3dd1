import { shopifyFormats } from '../../../providers/formats/shopify';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const shopifyRules: Rule[] = shopifyFormats.map((format) =>
  formatRule(format, 'shopify', 'Shopify admin > Apps > Develop apps > API credentials'),
);
