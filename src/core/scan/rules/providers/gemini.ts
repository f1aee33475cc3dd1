import type { Rule } from '../../types';
import { providerRule } from './build';

// Gemini (exchange) API keys (account- or master- and 20 characters) and their base58 secrets,
// named by context.
export const geminiRules: Rule[] = [
  providerRule({
    id: 'gemini-exchange-api-credential',
    description: 'Gemini exchange API key or secret',
    provider: 'gemini',
    body: '(?:account|master)-[A-Za-z0-9]{20}|[1-9A-HJ-NP-Za-km-z]{27,28}',
    context: ['gemini'],
    revoke: 'Gemini > Settings > API > revoke',
  }),
];
