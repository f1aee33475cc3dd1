import type { Rule } from '../../types';
import { providerRule } from './build';

// Private AI API keys: 32 lower-case alphanumerics named by context.
const REVOKE = 'Private AI dashboard > API keys > revoke';

export const privateaiRules: Rule[] = [
  providerRule({
    id: 'privateai-api-key',
    description: 'Private AI API key',
    provider: 'privateai',
    body: '[a-z0-9]{32}',
    context: ['privateai', 'private_ai'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
