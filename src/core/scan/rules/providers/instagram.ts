import type { Rule } from '../../types';
import { providerRule } from './build';

// Instagram user access tokens: IGQV (Basic Display) or IGAA (Instagram Login) and a long
// base64url tail; IGAA is also a common base64 run, so it needs context.
const REVOKE = 'Meta for Developers > app > Instagram > revoke, or remove the app from the account';

export const instagramRules: Rule[] = [
  providerRule({
    id: 'instagram-access-token',
    description: 'Instagram user access token',
    provider: 'instagram',
    body: 'IGQV[A-Za-z0-9_-]{100,400}',
    keywords: ['igqv'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'instagram-access-token-igaa',
    description: 'Instagram user access token',
    provider: 'instagram',
    body: 'IGAA[A-Za-z0-9_-]{100,400}',
    context: ['instagram', 'ig_access', 'ig_user_token'],
    revoke: REVOKE,
  }),
];
