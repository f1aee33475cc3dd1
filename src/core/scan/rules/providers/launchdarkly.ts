import type { Rule } from '../../types';
import { providerRule } from './build';

// LaunchDarkly API access tokens (api-) and server-side SDK keys (sdk-) + a UUID.
export const launchdarklyRules: Rule[] = [
  providerRule({
    id: 'launchdarkly-access-token',
    description: 'LaunchDarkly API access token or SDK key',
    provider: 'launchdarkly',
    body: '(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['api-', 'sdk-'],
    revoke: 'LaunchDarkly > Account settings > Authorization',
  }),
];
