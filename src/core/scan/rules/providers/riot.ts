import type { Rule } from '../../types';
import { providerRule } from './build';

// Riot Games API keys: RGAPI- + a UUID.
export const riotRules: Rule[] = [
  providerRule({
    id: 'riot-api-key',
    description: 'Riot Games API key',
    provider: 'riot',
    body: 'RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['rgapi-'],
    revoke: 'developer.riotgames.com > Regenerate API key',
  }),
];
