import type { Rule } from '../../types';
import { providerRule } from './build';

// Atlassian API tokens since 2023: ATATT3 + ~186 base64url chars with a CRC suffix.
const REVOKE = 'id.atlassian.com > Security > API tokens';

export const atlassianRules: Rule[] = [
  providerRule({
    id: 'atlassian-api-token',
    description: 'Atlassian API token',
    provider: 'atlassian',
    body: 'ATATT3[A-Za-z0-9_=-]{180,200}',
    keywords: ['atatt3'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'atlassian-legacy-api-token',
    description: 'Atlassian (Jira/Confluence) API token',
    provider: 'atlassian',
    body: '[A-Za-z0-9]{24}',
    context: [
      'atlassian_token',
      'atlassian_api',
      'jira_api_token',
      'jira_token',
      'confluence_token',
      'confluence_api_token',
    ],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
