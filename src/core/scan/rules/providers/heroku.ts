import type { Rule } from '../../types';
import { providerRule } from './build';

// Heroku API keys: HRKU- since 2024, UUIDs before that (recognised by name only).
const REVOKE = 'heroku authorizations:revoke, or Account settings > API Key > Regenerate';

export const herokuRules: Rule[] = [
  providerRule({
    id: 'heroku-api-key',
    description: 'Heroku API key',
    provider: 'heroku',
    body: 'HRKU-AA[A-Za-z0-9_-]{58}',
    keywords: ['hrku-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'heroku-api-key-legacy',
    description: 'Heroku API key (UUID format)',
    provider: 'heroku',
    body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    context: ['heroku'],
    revoke: REVOKE,
  }),
];
