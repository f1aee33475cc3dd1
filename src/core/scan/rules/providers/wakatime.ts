import type { Rule } from '../../types';
import { providerRule } from './build';

// WakaTime API keys: waka_ and a version 4 UUID.
export const wakatimeRules: Rule[] = [
  providerRule({
    id: 'wakatime-api-key',
    description: 'WakaTime API key',
    provider: 'wakatime',
    body: 'waka_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}',
    keywords: ['waka_'],
    revoke: 'wakatime.com > Settings > Account > regenerate the API key',
  }),
];
