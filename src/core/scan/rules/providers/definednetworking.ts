import type { Rule } from '../../types';
import { providerRule } from './build';

// Defined Networking (Nebula) API keys: dnkey- + 26 + - + 52 characters.
const REVOKE = 'Defined Networking admin panel > API keys > Delete';

export const definednetworkingRules: Rule[] = [
  providerRule({
    id: 'defined-networking-api-key',
    description: 'Defined Networking API key',
    provider: 'definednetworking',
    body: 'dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}',
    keywords: ['dnkey-'],
    revoke: REVOKE,
  }),
];
