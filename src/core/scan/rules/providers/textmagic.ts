import type { Rule } from '../../types';
import { providerRule } from './build';

// TextMagic API keys: 30 alphanumerics, named by context.
export const textmagicRules: Rule[] = [
  providerRule({
    id: 'textmagic-api-key',
    description: 'TextMagic API key',
    provider: 'textmagic',
    body: '[A-Za-z0-9]{30}',
    context: ['textmagic'],
    revoke: 'TextMagic > Settings > API > regenerate',
  }),
];
