import type { Rule } from '../../types';
import { providerRule } from './build';

// Langfuse project keys: the secret key is sk-lf- and a UUID (the pk-lf- public key is not a
// secret).
export const langfuseRules: Rule[] = [
  providerRule({
    id: 'langfuse-secret-key',
    description: 'Langfuse secret key',
    provider: 'langfuse',
    body: 'sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['sk-lf-'],
    revoke: 'Langfuse project settings > API keys > delete',
  }),
];
