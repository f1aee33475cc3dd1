import type { Rule } from '../../types';
import { providerRule } from './build';

// Drone CI personal tokens: 32 alphanumerics named by context.
const REVOKE = 'Drone > User settings > Reset token';

export const droneciRules: Rule[] = [
  providerRule({
    id: 'droneci-access-token',
    description: 'Drone CI access token',
    provider: 'droneci',
    body: '[A-Za-z0-9]{32}',
    context: ['drone_token', 'droneci'],
    exactContext: true,
    revoke: REVOKE,
  }),
];
