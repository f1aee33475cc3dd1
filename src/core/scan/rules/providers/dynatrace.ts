import type { Rule } from '../../types';
import { providerRule } from './build';

// Dynatrace tokens: dt0c01 (API) or dt0s01 (platform) + 24 + 64 uppercase chars.
export const dynatraceRules: Rule[] = [
  providerRule({
    id: 'dynatrace-api-token',
    description: 'Dynatrace API token',
    provider: 'dynatrace',
    body: String.raw`dt0[cs]01\.[A-Z0-9]{24}\.[A-Z0-9]{64}`,
    keywords: ['dt0c01.', 'dt0s01.'],
    revoke: 'Dynatrace > Access tokens',
  }),
];
