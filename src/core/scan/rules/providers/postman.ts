import type { Rule } from '../../types';
import { providerRule } from './build';

// Postman API keys: PMAK- + 24 hex + - + 34 hex.
export const postmanRules: Rule[] = [
  providerRule({
    id: 'postman-api-key',
    description: 'Postman API key',
    provider: 'postman',
    body: 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}',
    keywords: ['pmak-'],
    revoke: 'Postman > Settings > API keys',
  }),
];
