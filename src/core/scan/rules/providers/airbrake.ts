import type { Rule } from '../../types';
import { providerRule } from './build';

// Airbrake project keys (32 hex) and user keys (40 hex), named by context.
export const airbrakeRules: Rule[] = [
  providerRule({
    id: 'airbrake-api-key',
    description: 'Airbrake project or user key',
    provider: 'airbrake',
    body: '[a-f0-9]{40}|[a-f0-9]{32}',
    context: ['airbrake'],
    revoke: 'Airbrake > Project settings or Profile > regenerate the key',
  }),
];
