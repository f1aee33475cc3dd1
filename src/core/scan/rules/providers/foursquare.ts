import type { Rule } from '../../types';
import { providerRule } from './build';

// Foursquare Places API keys: fsq3 and ~44 base64 characters.
export const foursquareRules: Rule[] = [
  providerRule({
    id: 'foursquare-api-key',
    description: 'Foursquare Places API key',
    provider: 'foursquare',
    body: 'fsq3[A-Za-z0-9+/]{40,60}={0,2}',
    keywords: ['fsq3'],
    revoke: 'Foursquare developer console > project > API keys > delete',
  }),
];
