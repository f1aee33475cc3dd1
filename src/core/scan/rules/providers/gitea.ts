import type { Rule } from '../../types';
import { providerRule } from './build';

// Gitea (and Forgejo) access tokens: 40 hex, named by context.
export const giteaRules: Rule[] = [
  providerRule({
    id: 'gitea-access-token',
    description: 'Gitea access token',
    provider: 'gitea',
    body: '[a-f0-9]{40}',
    context: ['gitea', 'forgejo'],
    revoke: 'Gitea > Settings > Applications > delete the access token',
  }),
];
