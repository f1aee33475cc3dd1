import type { Rule } from '../../types';
import { providerRule } from './build';

// TeamCity access tokens: a JWT-like value with the fixed header {"typ": "TCV2"}.
export const teamcityRules: Rule[] = [
  providerRule({
    id: 'teamcity-access-token',
    description: 'TeamCity access token',
    provider: 'teamcity',
    body: String.raw`eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{36}\.[A-Za-z0-9_-]{48}`,
    keywords: ['eyj0exaioiaivenwmij9'],
    revoke: 'TeamCity > Profile > Access tokens',
  }),
];
