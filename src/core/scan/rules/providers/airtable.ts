import type { Rule } from '../../types';
import { providerRule } from './build';

// Airtable personal access tokens: pat + 14 + . + 64 hex; legacy API keys key + 14.
const REVOKE = 'airtable.com/create/tokens';

export const airtableRules: Rule[] = [
  providerRule({
    id: 'airtable-pat',
    description: 'Airtable personal access token',
    provider: 'airtable',
    body: String.raw`pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`,
    keywords: ['pat'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'airtable-api-key-legacy',
    description: 'Airtable API key (legacy)',
    provider: 'airtable',
    body: 'key[A-Za-z0-9]{14}',
    context: ['airtable'],
    revoke: REVOKE,
  }),
];
