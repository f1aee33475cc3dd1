import type { Rule } from '../../types';
import { providerRule } from './build';

// Fauna secrets: fn, an upper-case letter and 38 base64url characters, named by context.
export const faunaRules: Rule[] = [
  providerRule({
    id: 'fauna-secret',
    description: 'Fauna secret',
    provider: 'fauna',
    body: 'fn[A-Z][A-Za-z0-9_-]{38}',
    context: ['fauna'],
    revoke: 'Fauna dashboard > Database > Security > delete the key',
  }),
];
