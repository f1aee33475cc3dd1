import type { Rule } from '../../types';
import { providerRule } from './build';

// Nasdaq Data Link (Quandl) API keys: 20 base64url characters, named by context.
export const nasdaqdatalinkRules: Rule[] = [
  providerRule({
    id: 'nasdaqdatalink-api-key',
    description: 'Nasdaq Data Link (Quandl) API key',
    provider: 'nasdaqdatalink',
    body: '[A-Za-z0-9_-]{20}',
    context: ['quandl', 'nasdaq_data_link', 'nasdaq_api'],
    revoke: 'data.nasdaq.com > Account settings > regenerate the API key',
  }),
];
