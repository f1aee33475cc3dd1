import type { Rule } from '../../types';
import { providerRule } from './build';

// Vultr API keys: 36 upper-case alphanumerics, named by context.
export const vultrRules: Rule[] = [
  providerRule({
    id: 'vultr-api-key',
    description: 'Vultr API key',
    provider: 'vultr',
    body: '[A-Z0-9]{36}',
    context: ['vultr'],
    revoke: 'Vultr customer portal > Account > API > regenerate',
  }),
];
