import type { Rule } from '../../types';
import { providerRule } from './build';

// PostHog personal API keys: phx_ and ~43 alphanumerics (project keys, phc_, are public by
// design).
export const posthogRules: Rule[] = [
  providerRule({
    id: 'posthog-personal-api-key',
    description: 'PostHog personal API key',
    provider: 'posthog',
    body: 'phx_[A-Za-z0-9]{40,50}',
    keywords: ['phx_'],
    revoke: 'PostHog > Settings > Personal API keys > delete',
  }),
];
