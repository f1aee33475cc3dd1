import type { Rule } from '../../types';
import { providerRule } from './build';

// Eventbrite private tokens: 20 upper-case alphanumerics, named by context.
export const eventbriteRules: Rule[] = [
  providerRule({
    id: 'eventbrite-private-token',
    description: 'Eventbrite private token',
    provider: 'eventbrite',
    body: '[A-Z0-9]{20}',
    context: ['eventbrite'],
    revoke: 'eventbrite.com > Account settings > Developer links > API keys > regenerate',
  }),
];
