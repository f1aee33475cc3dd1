import type { Rule } from '../../types';
import { providerRule } from './build';

// Trello user tokens: ATTA + 64 hex + 8-hex checksum.
export const trelloRules: Rule[] = [
  providerRule({
    id: 'trello-token',
    description: 'Trello user token',
    provider: 'trello',
    body: 'ATTA[a-f0-9]{64}[A-F0-9]{8}',
    keywords: ['atta'],
    revoke: 'Trello > Account > Applications > Revoke',
  }),
];
