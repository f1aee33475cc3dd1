import type { Rule } from '../../types';
import { providerRule } from './build';

// Help Scout app secrets and API keys: 32-40 alphanumerics, named by context.
export const helpscoutRules: Rule[] = [
  providerRule({
    id: 'helpscout-api-credential',
    description: 'Help Scout API credential',
    provider: 'helpscout',
    body: '[A-Za-z0-9]{32,40}',
    context: ['helpscout', 'help_scout'],
    revoke: 'Help Scout > Your profile > My apps > delete the app or regenerate its secret',
  }),
];
