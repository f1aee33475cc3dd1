import type { Rule } from '../../types';
import { providerRule } from './build';

// Infisical service tokens: st. + id + two 32-hex parts.
export const infisicalRules: Rule[] = [
  providerRule({
    id: 'infisical-service-token',
    description: 'Infisical service token',
    provider: 'infisical',
    body: String.raw`st\.[a-f0-9-]{36}\.[a-f0-9]{32}\.[a-f0-9]{32}`,
    keywords: ['st.'],
    revoke: 'Infisical > Project settings > Service tokens',
  }),
];
