import type { Rule } from '../../types';
import { providerRule } from './build';

// Make (formerly Integromat) webhook URLs: whoever has one can trigger the scenario.
export const makeRules: Rule[] = [
  providerRule({
    id: 'make-webhook-url',
    description: 'Make (Integromat) webhook URL',
    provider: 'make',
    body: String.raw`https://hook\.(?:eu|us)[12]\.make\.com/[a-z0-9]{32}`,
    keywords: ['.make.com/'],
    end: '(?![A-Za-z0-9_-])',
    revoke: 'Make > Webhooks > delete the webhook or change its address',
  }),
];
