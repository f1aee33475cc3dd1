import type { Rule } from '../../types';
import { providerRule } from './build';

// PubNub secret keys: sec-c- and ~48 base64 characters (publish and subscribe keys ship in
// clients).
export const pubnubRules: Rule[] = [
  providerRule({
    id: 'pubnub-secret-key',
    description: 'PubNub secret key',
    provider: 'pubnub',
    body: 'sec-c-[A-Za-z0-9]{40,60}',
    keywords: ['sec-c-'],
    revoke: 'PubNub admin portal > Keysets > regenerate the secret key',
  }),
];
