import { gitlabFormats } from '../../../providers/formats/gitlab';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

// https://docs.gitlab.com/security/tokens/#token-prefixes
const REVOKE = 'GitLab > Access tokens, or the settings page of the group, project or runner';

const OTHER_PREFIXES: [prefix: string, id: string, kind: string, body: string][] = [
  ['gloas-', 'gitlab-oauth-app-secret', 'GitLab OAuth application secret', '[A-Za-z0-9_-]{64}'],
  ['gldt-', 'gitlab-deploy-token', 'GitLab deploy token', '[A-Za-z0-9_-]{20}'],
  ['glptt-', 'gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', '[0-9a-f]{40}'],
  ['glft-', 'gitlab-feed-token', 'GitLab feed token', '[A-Za-z0-9_-]{20}'],
  ['glsoat-', 'gitlab-scim-token', 'GitLab SCIM OAuth token', '[A-Za-z0-9_-]{20}'],
  ['glimt-', 'gitlab-incoming-mail-token', 'GitLab incoming mail token', '[A-Za-z0-9_-]{25}'],
  ['glagent-', 'gitlab-agent-token', 'GitLab agent for Kubernetes token', '[A-Za-z0-9_-]{50}'],
  ['glffct-', 'gitlab-feature-flag-token', 'GitLab feature flags client token', '[A-Za-z0-9_-]{20}'],
];

export const gitlabRules: Rule[] = [
  ...gitlabFormats.map((format) => formatRule(format, 'gitlab', REVOKE, { end: '(?![A-Za-z0-9_.+/=-])' })),
  ...OTHER_PREFIXES.map(([prefix, id, description, body]) =>
    providerRule({ id, description, provider: 'gitlab', body: `${prefix}${body}`, keywords: [prefix], revoke: REVOKE }),
  ),
  providerRule({
    id: 'gitlab-runner-registration-token',
    description: 'GitLab runner registration token (deprecated)',
    provider: 'gitlab',
    body: 'GR1348941[A-Za-z0-9_-]{20}',
    keywords: ['gr1348941'],
    revoke: 'GitLab > CI/CD settings > Runners > Reset registration token',
  }),
  providerRule({
    // A signed-in browser session, copied out of developer tools or a HAR file.
    id: 'gitlab-session-cookie',
    description: 'GitLab session cookie',
    provider: 'gitlab',
    lead: '_gitlab_session=',
    body: '[0-9a-f]{32}',
    keywords: ['_gitlab_session='],
    revoke: 'GitLab > User settings > Active sessions > Revoke',
  }),
];
