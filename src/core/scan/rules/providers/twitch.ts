import type { Rule } from '../../types';
import { providerRule } from './build';

// Twitch OAuth tokens and client secrets: 30 lower-case alphanumerics.
export const twitchRules: Rule[] = [
  providerRule({
    id: 'twitch-api-token',
    description: 'Twitch API token or client secret',
    provider: 'twitch',
    body: '[a-z0-9]{30}',
    context: ['twitch'],
    revoke: 'Twitch Developer Console > Applications',
  }),
];
