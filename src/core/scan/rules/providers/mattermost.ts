import type { Rule } from '../../types';
import { providerRule } from './build';

// Mattermost access tokens: 26 lower-case alphanumerics named by context.
const REVOKE = 'Mattermost > Profile > Security > Personal Access Tokens > Delete';

export const mattermostRules: Rule[] = [
  providerRule({
    id: 'mattermost-access-token',
    description: 'Mattermost access token',
    provider: 'mattermost',
    body: '[a-z0-9]{26}',
    context: ['mattermost'],
    revoke: REVOKE,
  }),
];
