import type { Rule } from '../../types';
import { providerRule } from './build';

// Adobe Developer Console client secrets: p8e- + 32.
export const adobeRules: Rule[] = [
  providerRule({
    id: 'adobe-client-secret',
    description: 'Adobe client secret',
    provider: 'adobe',
    body: 'p8e-[A-Za-z0-9_-]{32}',
    keywords: ['p8e-'],
    revoke: 'Adobe Developer Console > project > Credentials',
  }),
];
