import type { Rule } from '../../types';
import { providerRule } from './build';

// ClickSend API keys: upper-case UUIDs, named by context.
export const clicksendRules: Rule[] = [
  providerRule({
    id: 'clicksend-api-key',
    description: 'ClickSend API key',
    provider: 'clicksend',
    body: '[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}',
    context: ['clicksend'],
    revoke: 'ClickSend dashboard > API credentials > regenerate',
  }),
];
