import type { Rule } from '../../types';
import { providerRule } from './build';

// PandaDoc API keys: 40 hex, named by context.
export const pandadocRules: Rule[] = [
  providerRule({
    id: 'pandadoc-api-key',
    description: 'PandaDoc API key',
    provider: 'pandadoc',
    body: '[a-f0-9]{40}',
    context: ['pandadoc'],
    revoke: 'PandaDoc > Settings > Integrations > API > delete the key',
  }),
];
