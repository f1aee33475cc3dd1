import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Polygon.io market-data API keys: 32 characters, named by context (`polygon` alone is geometry
// vocabulary).
export const polygonRules: Rule[] = [
  providerRule({
    id: 'polygon-api-key',
    description: 'Polygon.io (Massive) API key',
    provider: 'polygon',
    body: '[A-Za-z0-9_]{32}',
    context: ['polygon_api', 'polygon_io', 'polygonio'],
    keywords: nameKeywords('polygon', ['api', 'io']),
    revoke: 'polygon.io dashboard > API keys > delete',
  }),
];
