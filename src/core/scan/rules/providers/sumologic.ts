import type { Rule } from '../../types';
import { providerRule } from './build';

// Sumo Logic access keys: 64 alphanumerics, named by context.
export const sumologicRules: Rule[] = [
  providerRule({
    id: 'sumologic-access-key',
    description: 'Sumo Logic access key',
    provider: 'sumologic',
    body: '[A-Za-z0-9]{64}',
    context: ['sumo'],
    minEntropy: 3.5,
    revoke: 'Sumo Logic > Preferences > Access Keys',
  }),
  providerRule({
    // The access id that pairs with the key: `su` + 12 alphanumerics.
    id: 'sumologic-access-id',
    description: 'Sumo Logic access id',
    provider: 'sumologic',
    body: 'su[A-Za-z0-9]{12}',
    context: ['sumologic_access_id', 'sumo_access_id', 'sumologic_accessid', 'sumo_accessid'],
    exactContext: true,
    revoke: 'Sumo Logic > Preferences > Access Keys',
  }),
];
