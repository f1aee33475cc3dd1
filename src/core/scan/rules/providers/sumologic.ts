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
];
