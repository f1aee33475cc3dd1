import type { Rule } from '../../types';
import { providerRule } from './build';

// Strava client secrets and access tokens: 40 hex, named by context.
export const stravaRules: Rule[] = [
  providerRule({
    id: 'strava-client-secret',
    description: 'Strava client secret',
    provider: 'strava',
    body: '[a-f0-9]{40}',
    context: ['strava'],
    revoke: 'strava.com/settings/api > reset the client secret',
  }),
];
