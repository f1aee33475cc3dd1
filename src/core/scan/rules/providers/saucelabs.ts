import type { Rule } from '../../types';
import { providerRule } from './build';

// Sauce Labs access keys: UUIDs, named by context.
export const saucelabsRules: Rule[] = [
  providerRule({
    id: 'saucelabs-access-key',
    description: 'Sauce Labs access key',
    provider: 'saucelabs',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['sauce', 'saucelabs'],
    revoke: 'Sauce Labs > Account > User settings > regenerate the access key',
  }),
];
