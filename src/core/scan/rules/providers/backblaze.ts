import type { Rule } from '../../types';
import { providerRule } from './build';

// Backblaze B2 application keys: K, a digit and 29 base64 characters, named by context.
export const backblazeRules: Rule[] = [
  providerRule({
    id: 'backblaze-application-key',
    description: 'Backblaze B2 application key',
    provider: 'backblaze',
    body: 'K[0-9][A-Za-z0-9+/]{29}',
    context: ['b2_application_key', 'b2_app_key', 'backblaze'],
    revoke: 'Backblaze > App Keys > delete the key',
  }),
];
