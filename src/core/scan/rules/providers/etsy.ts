import type { Rule } from '../../types';
import { providerRule } from './build';

// Etsy API keys: 24 lower-case alphanumerics named by context.
const REVOKE = 'Etsy > Your apps > regenerate the shared secret';

export const etsyRules: Rule[] = [
  providerRule({
    id: 'etsy-api-key',
    description: 'Etsy API key',
    provider: 'etsy',
    body: '[a-z0-9]{24}',
    context: ['etsy'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
