import type { Rule } from '../../types';
import { providerRule } from './build';

// Groq API keys: gsk_ + 52.
export const groqRules: Rule[] = [
  providerRule({
    id: 'groq-api-key',
    description: 'Groq API key',
    provider: 'groq',
    body: 'gsk_[A-Za-z0-9]{52}',
    keywords: ['gsk_'],
    revoke: 'console.groq.com > API Keys',
  }),
];
