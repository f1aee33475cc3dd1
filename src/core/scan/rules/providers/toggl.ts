import type { Rule } from '../../types';
import { providerRule } from './build';

// Toggl Track API tokens: 32 hex, named by context.
export const togglRules: Rule[] = [
  providerRule({
    id: 'toggl-api-token',
    description: 'Toggl Track API token',
    provider: 'toggl',
    body: '[a-f0-9]{32}',
    context: ['toggl'],
    revoke: 'track.toggl.com > Profile > API token > reset',
  }),
];
