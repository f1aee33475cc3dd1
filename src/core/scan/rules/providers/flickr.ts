import type { Rule } from '../../types';
import { providerRule } from './build';

// Flickr API keys and secrets: 32 hex named by context.
const REVOKE = 'Flickr App Garden > your app > delete the key';

export const flickrRules: Rule[] = [
  providerRule({
    id: 'flickr-api-key',
    description: 'Flickr API key',
    provider: 'flickr',
    body: '[a-f0-9]{32}',
    context: ['flickr'],
    revoke: REVOKE,
  }),
];
