import type { Rule } from '../../types';
import { providerRule } from './build';

// Pusher Channels app secrets: 20 hex, named by context (the app key is public).
export const pusherRules: Rule[] = [
  providerRule({
    id: 'pusher-app-secret',
    description: 'Pusher Channels app secret',
    provider: 'pusher',
    body: '[a-f0-9]{20}',
    context: ['pusher_secret', 'pusher_app_secret'],
    revoke: 'Pusher dashboard > App keys > create new keys and delete the old',
  }),
];
