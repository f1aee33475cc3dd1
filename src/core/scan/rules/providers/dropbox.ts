import type { Rule } from '../../types';
import { providerRule } from './build';

// Dropbox short-lived tokens (sl.) and long-lived tokens (11 chars + AAAAAAAAAA + 43).
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
];
