import type { Rule } from '../../types';
import { providerRule } from './build';

// Spotify client secrets: 32 hex, named by context (the client id is public).
export const spotifyRules: Rule[] = [
  providerRule({
    id: 'spotify-client-secret',
    description: 'Spotify client secret',
    provider: 'spotify',
    body: '[a-f0-9]{32}',
    context: ['spotify'],
    revoke: 'developer.spotify.com > Dashboard > app > Settings > rotate the client secret',
  }),
];
