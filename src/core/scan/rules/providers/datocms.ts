import type { Rule } from '../../types';
import { providerRule } from './build';

// DatoCMS API tokens: 30 hex, named by context.
export const datocmsRules: Rule[] = [
  providerRule({
    id: 'datocms-api-token',
    description: 'DatoCMS API token',
    provider: 'datocms',
    body: '[a-f0-9]{30}',
    context: ['datocms', 'dato_api'],
    revoke: 'DatoCMS > Settings > API tokens > delete',
  }),
];
