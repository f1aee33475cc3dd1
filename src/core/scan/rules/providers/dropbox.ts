import type { Rule } from '../../types';
import { providerRule } from './build';

// Dropbox short-lived tokens (sl.), long-lived tokens (11 chars + AAAAAAAAAA + 43) and app secrets
// (15 lower-case alphanumerics, named by context).
const REVOKE = 'Dropbox App Console > your app > Generated access token / revoke';

export const dropboxRules: Rule[] = [
  providerRule({
    id: 'dropbox-short-lived-token',
    description: 'Dropbox short-lived access token',
    provider: 'dropbox',
    body: String.raw`sl\.[A-Za-z0-9_.-]{130,1100}`,
    keywords: ['sl.'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'dropbox-long-lived-token',
    description: 'Dropbox long-lived access token',
    provider: 'dropbox',
    body: '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}',
    context: ['dropbox'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'dropbox-app-secret',
    description: 'Dropbox app secret',
    provider: 'dropbox',
    body: '[a-z0-9]{15}',
    context: ['dropbox_app_secret', 'dropbox_secret', 'dropbox_client_secret'],
    revoke: 'Dropbox App Console > your app > App secret > regenerate',
  }),
];
