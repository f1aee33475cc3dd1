import type { Rule } from '../../types';
import { providerRule } from './build';

// MaxMind license keys: 6 + _ + 29 alphanumerics + _mmk.
const REVOKE = 'MaxMind account portal > Manage license keys > Deactivate';

export const maxmindRules: Rule[] = [
  providerRule({
    id: 'maxmind-license-key',
    description: 'MaxMind license key',
    provider: 'maxmind',
    body: '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk',
    keywords: ['_mmk'],
    revoke: REVOKE,
  }),
];
