import type { Rule } from '../../types';
import { providerRule } from './build';

// Mapbox secret tokens: sk. + base64 JSON {"u": ...} + . + 22. (pk. tokens are public.)
export const mapboxRules: Rule[] = [
  providerRule({
    id: 'mapbox-secret-token',
    description: 'Mapbox secret access token',
    provider: 'mapbox',
    body: String.raw`sk\.eyJ1Ijoi[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{22}`,
    keywords: ['sk.eyj1ijoi'],
    revoke: 'Mapbox account > Tokens',
  }),
];
