import type { Rule } from '../../types';
import { providerRule } from './build';

// Tines webhook URLs: the path holds the action id and its secret.
export const tinesRules: Rule[] = [
  providerRule({
    id: 'tines-webhook-url',
    description: 'Tines webhook URL',
    provider: 'tines',
    body: String.raw`https://[a-z0-9-]{1,63}\.tines\.com/webhook/[a-f0-9]{32}/[a-f0-9]{32}`,
    keywords: ['.tines.com/webhook/'],
    end: '(?![A-Za-z0-9_-])',
    revoke: 'Tines > story > webhook action > change the secret',
  }),
];
