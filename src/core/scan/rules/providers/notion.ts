import type { Rule } from '../../types';
import { providerRule } from './build';

// Notion integration tokens: secret_ + 43 (before Sept 2024), ntn_ + 11 digits + 35 after.
const REVOKE = 'Notion > Settings > Connections > Develop or manage integrations';

export const notionRules: Rule[] = [
  providerRule({
    id: 'notion-integration-token',
    description: 'Notion integration token',
    provider: 'notion',
    body: 'ntn_[0-9]{11}[A-Za-z0-9]{35}',
    keywords: ['ntn_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'notion-integration-token-legacy',
    description: 'Notion integration token (legacy)',
    provider: 'notion',
    body: 'secret_[A-Za-z0-9]{43}',
    keywords: ['secret_'],
    revoke: REVOKE,
  }),
];
