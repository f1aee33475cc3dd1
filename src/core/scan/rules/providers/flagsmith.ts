import type { Rule } from '../../types';
import { providerRule } from './build';

// Flagsmith server-side environment keys: ser. and 22 alphanumerics (client keys are public);
// `ser.` alone is inside `user.`, so named by context.
export const flagsmithRules: Rule[] = [
  providerRule({
    id: 'flagsmith-server-key',
    description: 'Flagsmith server-side environment key',
    provider: 'flagsmith',
    body: String.raw`ser\.[A-Za-z0-9]{22}`,
    context: ['flagsmith'],
    revoke: 'Flagsmith > Environment settings > Server-side keys > delete',
  }),
];
