import type { Rule } from '../../types';
import { providerRule } from './build';

// Beamer API keys: b_ + 44.
export const beamerRules: Rule[] = [
  providerRule({
    id: 'beamer-api-key',
    description: 'Beamer API key',
    provider: 'beamer',
    body: 'b_[A-Za-z0-9=_-]{44}',
    context: ['beamer'],
    revoke: 'Beamer > Settings > API',
  }),
];
