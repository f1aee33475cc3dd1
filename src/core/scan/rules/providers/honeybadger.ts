import type { Rule } from '../../types';
import { providerRule } from './build';

// Honeybadger project API keys and personal auth tokens (hbp_), named by context.
export const honeybadgerRules: Rule[] = [
  providerRule({
    id: 'honeybadger-api-key',
    description: 'Honeybadger API key',
    provider: 'honeybadger',
    body: 'hbp_[A-Za-z0-9]{30,40}|[A-Za-z0-9]{20,32}',
    context: ['honeybadger'],
    revoke: 'Honeybadger > Project settings > API keys > reset, or User settings > Authentication',
  }),
];
