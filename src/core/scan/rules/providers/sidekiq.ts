import type { Rule } from '../../types';
import { providerRule } from './build';

// Sidekiq Pro/Enterprise gem server credentials (user:password, 8 hex each) in Bundler settings and URLs.
const REVOKE = 'contribsys.com account > rotate the Sidekiq Pro/Enterprise credentials';

export const sidekiqRules: Rule[] = [
  providerRule({
    id: 'sidekiq-gem-credentials',
    description: 'Sidekiq Pro/Enterprise gem credentials',
    provider: 'sidekiq',
    body: '[a-fA-F0-9]{8}:[a-fA-F0-9]{8}',
    context: ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'],
    exactContext: true,
    keywords: ['contribsys'],
    minEntropy: 2,
    revoke: REVOKE,
  }),
  providerRule({
    id: 'sidekiq-gem-url',
    description: 'Sidekiq Pro/Enterprise gem server URL with credentials',
    provider: 'sidekiq',
    body: '[a-fA-F0-9]{8}:[a-fA-F0-9]{8}',
    keywords: ['contribsys.com'],
    minEntropy: 2,
    lead: 'https?://',
    end: '(?=@(?:gems|enterprise)\\.contribsys\\.com)',
    revoke: REVOKE,
  }),
];
