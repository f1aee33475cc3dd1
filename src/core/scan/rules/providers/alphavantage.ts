import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Alpha Vantage API keys: 16 upper-case alphanumerics, named by context.
export const alphavantageRules: Rule[] = [
  providerRule({
    id: 'alphavantage-api-key',
    description: 'Alpha Vantage API key',
    provider: 'alphavantage',
    body: '[A-Z0-9]{16}',
    context: ['alphavantage', 'alpha_vantage'],
    keywords: nameKeywords('alpha', ['vantage']),
    revoke: 'request a new key at alphavantage.co and stop using the old one',
  }),
];
