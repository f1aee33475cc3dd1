import { githubFormats } from '../../../providers/formats/github';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const REVOKE = 'GitHub > Settings > Developer settings, or the app that issued it';

export const githubRules: Rule[] = [
  ...githubFormats.map((format) => formatRule(format, 'github', REVOKE)),
  providerRule({
    id: 'github-oauth-client-secret',
    description: 'GitHub OAuth app client secret',
    provider: 'github',
    body: '[a-f0-9]{40}',
    context: ['github_client_secret', 'gh_client_secret', 'github_oauth_secret', 'github_app_secret'],
    revoke: 'GitHub > Settings > Developer settings > OAuth Apps > Generate a new client secret',
  }),
];
