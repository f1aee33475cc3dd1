import type { Rule } from '../../types';
import { providerRule } from './build';

// 42 School intra API client secrets: s-s4t2ud- or s-s4t2af- + 64 hex.
const REVOKE = '42 intra > Settings > API > Regenerate secret';

export const intra42Rules: Rule[] = [
  providerRule({
    id: 'intra42-client-secret',
    description: '42 intra client secret',
    provider: 'intra42',
    body: 's-s4t2(?:ud|af)-[a-fA-F0-9]{64}',
    keywords: ['s-s4t2ud-', 's-s4t2af-'],
    revoke: REVOKE,
  }),
];
