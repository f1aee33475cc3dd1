import type { Rule } from '../../types';
import { providerRule } from './build';

// Crowdin personal access tokens: 80 hex, named by context.
export const crowdinRules: Rule[] = [
  providerRule({
    id: 'crowdin-personal-access-token',
    description: 'Crowdin personal access token',
    provider: 'crowdin',
    body: '[a-f0-9]{80}',
    context: ['crowdin'],
    revoke: 'Crowdin > Account settings > API > revoke the token',
  }),
];
