import type { Rule } from '../../types';
import { providerRule } from './build';

// Bugsnag API keys: 32 hex, named by context.
export const bugsnagRules: Rule[] = [
  providerRule({
    id: 'bugsnag-api-key',
    description: 'Bugsnag API key',
    provider: 'bugsnag',
    body: '[a-f0-9]{32}',
    context: ['bugsnag'],
    revoke: 'Bugsnag > Project settings > Notifier API key',
  }),
];
