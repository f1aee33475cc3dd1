import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// MongoDB Atlas API private keys: UUIDs, named by context (`mongodb` alone is on every driver
// import).
export const mongodbatlasRules: Rule[] = [
  providerRule({
    id: 'mongodb-atlas-private-key',
    description: 'MongoDB Atlas API private key',
    provider: 'mongodbatlas',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['atlas_private_key', 'atlas_api_private', 'mongodb_atlas_private'],
    keywords: [...nameKeywords('atlas', ['private', 'api']), ...nameKeywords('mongodbatlas', ['private'])],
    revoke: 'Atlas > Organization access manager > API keys > delete',
  }),
];
