import type { Rule } from '../../types';
import { providerRule } from './build';

// packagecloud API tokens: 48 hex, named by context.
export const packagecloudRules: Rule[] = [
  providerRule({
    id: 'packagecloud-token',
    description: 'packagecloud API token',
    provider: 'packagecloud',
    body: '[a-f0-9]{48}',
    context: ['packagecloud'],
    revoke: 'packagecloud.io > API token > regenerate',
  }),
];
