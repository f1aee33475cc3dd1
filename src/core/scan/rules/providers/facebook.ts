import type { Rule } from '../../types';
import { providerRule } from './build';

// Meta access tokens start with EAA; app secrets are 32 hex named by context.
const REVOKE = 'Meta for Developers > App settings > Basic > Reset app secret';

export const facebookRules: Rule[] = [
  providerRule({
    // App access token: the app id and the app secret joined by a pipe (Graph API docs).
    id: 'facebook-app-access-token',
    description: 'Facebook app access token',
    provider: 'facebook',
    body: '[0-9]{15,16}[|][A-Za-z0-9_-]{27,40}',
    keywords: ['facebook', 'fb_', 'graph.'],
    revoke: 'Meta for Developers > your app > Settings > Basic > Reset app secret',
  }),
  providerRule({
    id: 'facebook-access-token',
    description: 'Facebook (Meta) access token',
    provider: 'facebook',
    body: 'EAA[A-Za-z0-9]{90,400}',
    keywords: ['eaa'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'facebook-app-secret',
    description: 'Facebook app secret',
    provider: 'facebook',
    body: '[a-f0-9]{32}',
    context: ['facebook_secret', 'facebook_app_secret', 'fb_secret', 'fb_app_secret'],
    revoke: REVOKE,
  }),
];
