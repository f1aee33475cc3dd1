import type { Rule } from '../../types';
import { providerRule } from './build';

// Harness personal (pat.) and service-account (sat.) tokens: account id . token id . secret.
export const harnessRules: Rule[] = [
  providerRule({
    id: 'harness-api-token',
    description: 'Harness API token',
    provider: 'harness',
    body: String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}`,
    keywords: ['pat.', 'sat.'],
    revoke: 'Harness > My profile > API keys',
  }),
];
