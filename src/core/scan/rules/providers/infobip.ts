import type { Rule } from '../../types';
import { providerRule } from './build';

// Infobip API keys: 32 hex, a dash and a UUID, named by context.
export const infobipRules: Rule[] = [
  providerRule({
    id: 'infobip-api-key',
    description: 'Infobip API key',
    provider: 'infobip',
    body: '[a-f0-9]{32}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['infobip'],
    revoke: 'Infobip portal > Developers > API keys > revoke',
  }),
];
