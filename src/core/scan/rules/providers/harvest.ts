import type { Rule } from '../../types';
import { providerRule } from './build';

// Harvest personal access tokens: an account number, .pt. and a long base64url tail.
export const harvestRules: Rule[] = [
  providerRule({
    id: 'harvest-personal-access-token',
    description: 'Harvest personal access token',
    provider: 'harvest',
    body: String.raw`[0-9]{5,9}\.pt\.[A-Za-z0-9_-]{60,120}`,
    keywords: ['.pt.'],
    revoke: 'id.getharvest.com > Developers > Personal access tokens > delete',
  }),
];
