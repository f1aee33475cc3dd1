import type { Rule } from '../../types';
import { providerRule } from './build';

// Pushbullet access tokens: o. and 32 alphanumerics, named by context.
export const pushbulletRules: Rule[] = [
  providerRule({
    id: 'pushbullet-access-token',
    description: 'Pushbullet access token',
    provider: 'pushbullet',
    body: String.raw`o\.[A-Za-z0-9]{32}`,
    context: ['pushbullet'],
    revoke: 'Pushbullet > Settings > Account > delete the access token',
  }),
];
