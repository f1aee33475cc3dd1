import type { Rule } from '../../types';
import { providerRule } from './build';

// Infracost API keys: ico- + 32.
export const infracostRules: Rule[] = [
  providerRule({
    id: 'infracost-api-key',
    description: 'Infracost API key',
    provider: 'infracost',
    body: 'ico-[A-Za-z0-9]{32}',
    keywords: ['ico-'],
    revoke: 'Infracost Cloud > Org settings > API keys',
  }),
];
