import type { Rule } from '../../types';
import { providerRule } from './build';

// Finnhub API keys: 20 lower-case alphanumerics named by context.
const REVOKE = 'finnhub.io dashboard > regenerate the API key';

export const finnhubRules: Rule[] = [
  providerRule({
    id: 'finnhub-api-key',
    description: 'Finnhub API key',
    provider: 'finnhub',
    body: '[a-z0-9]{20}',
    context: ['finnhub'],
    revoke: REVOKE,
  }),
];
