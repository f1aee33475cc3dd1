import type { Rule } from '../../types';
import { providerRule } from './build';

// BrowserStack access keys: 20 alphanumerics, named by context.
export const browserstackRules: Rule[] = [
  providerRule({
    id: 'browserstack-access-key',
    description: 'BrowserStack access key',
    provider: 'browserstack',
    body: '[A-Za-z0-9]{20}',
    context: ['browserstack'],
    revoke: 'BrowserStack > Account > Settings > regenerate the access key',
  }),
];
