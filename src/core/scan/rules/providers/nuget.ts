import type { Rule } from '../../types';
import { providerRule } from './build';

// nuget.org API keys: oy2 + 43 lower-case base32-ish chars.
export const nugetRules: Rule[] = [
  providerRule({
    id: 'nuget-api-key',
    description: 'NuGet API key',
    provider: 'nuget',
    body: 'oy2[a-z0-9]{43}',
    keywords: ['oy2'],
    revoke: 'nuget.org > API Keys',
  }),
];
