import type { Rule } from '../../types';
import { providerRule } from './build';

// Freemius plugin secret keys: sk_ and 29 printable characters, in the PHP array Freemius' SDK is
// initialised with.
export const freemiusRules: Rule[] = [
  providerRule({
    id: 'freemius-secret-key',
    description: 'Freemius secret key',
    provider: 'freemius',
    lead: String.raw`['"]secret_key['"]\s{0,3}=>\s{0,3}['"]`,
    body: String.raw`sk_[^\s'"]{29}`,
    keywords: ['secret_key'],
    end: '(?=[\'"])',
    revoke: 'Freemius developer dashboard > Plugin > Settings > Keys > regenerate the secret key',
  }),
];
