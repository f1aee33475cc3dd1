import type { Rule } from '../../types';
import { providerRule } from './build';

// Fireworks AI API keys: fw_ and 24 alphanumerics; fw_ alone is firmware vocabulary, so named by
// context.
export const fireworksaiRules: Rule[] = [
  providerRule({
    id: 'fireworksai-api-key',
    description: 'Fireworks AI API key',
    provider: 'fireworksai',
    body: 'fw_[A-Za-z0-9]{20,40}',
    context: ['fireworks'],
    revoke: 'fireworks.ai > Account > API keys > delete',
  }),
];
