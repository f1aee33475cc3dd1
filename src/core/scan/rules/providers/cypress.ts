import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Cypress Cloud record keys: UUIDs, named by context (`cypress` alone is in every test config, so
// the keywords keep `record`).
export const cypressRules: Rule[] = [
  providerRule({
    id: 'cypress-record-key',
    description: 'Cypress Cloud record key',
    provider: 'cypress',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['cypress_record_key', 'cypress_key'],
    exactContext: true,
    keywords: nameKeywords('cypress', ['record', 'key']),
    revoke: 'Cypress Cloud > Project settings > Record keys > delete',
  }),
];
