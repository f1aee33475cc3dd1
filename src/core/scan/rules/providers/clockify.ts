import type { Rule } from '../../types';
import { providerRule } from './build';

// Clockify API keys: 48 alphanumerics, named by context.
export const clockifyRules: Rule[] = [
  providerRule({
    id: 'clockify-api-key',
    description: 'Clockify API key',
    provider: 'clockify',
    body: '[A-Za-z0-9]{48}',
    context: ['clockify'],
    revoke: 'Clockify > Profile settings > API > regenerate',
  }),
];
