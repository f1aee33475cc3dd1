import type { Rule } from '../../types';
import { providerRule } from './build';

// FullContact API keys: 32 alphanumerics, named by context.
export const fullcontactRules: Rule[] = [
  providerRule({
    id: 'fullcontact-api-key',
    description: 'FullContact API key',
    provider: 'fullcontact',
    body: '[A-Za-z0-9]{32}',
    context: ['fullcontact'],
    revoke: 'FullContact platform > API keys > delete',
  }),
];
