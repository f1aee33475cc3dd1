import type { Rule } from '../../types';
import { providerRule } from './build';

// Telegram bot tokens: numeric bot id + :AA + 33.
export const telegramRules: Rule[] = [
  providerRule({
    id: 'telegram-bot-token',
    description: 'Telegram bot token',
    provider: 'telegram',
    body: '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}',
    keywords: [':aa'],
    revoke: '@BotFather > /revoke',
  }),
];
