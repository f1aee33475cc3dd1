import type { Rule } from '../../types';
import { providerRule } from './build';

// Uploadcare secret keys: 20 hex, named by context (public keys are public).
export const uploadcareRules: Rule[] = [
  providerRule({
    id: 'uploadcare-secret-key',
    description: 'Uploadcare secret key',
    provider: 'uploadcare',
    body: '[a-f0-9]{20}',
    context: ['uploadcare'],
    revoke: 'Uploadcare dashboard > API keys > delete the secret key',
  }),
];
