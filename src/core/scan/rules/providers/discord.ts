import type { Rule } from '../../types';
import { providerRule } from './build';

// Discord bot tokens (base64 user id . timestamp . HMAC), webhook URLs and OAuth2 client secrets.
const REVOKE = 'Discord Developer Portal > Bot > Reset Token, or delete the webhook';

export const discordRules: Rule[] = [
  providerRule({
    id: 'discord-bot-token',
    description: 'Discord bot token',
    provider: 'discord',
    body: String.raw`[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}`,
    context: ['discord'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'discord-webhook-url',
    description: 'Discord webhook URL',
    provider: 'discord',
    body: String.raw`https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}`,
    keywords: ['discord'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'discord-client-secret',
    description: 'Discord OAuth2 client secret',
    provider: 'discord',
    body: '[A-Za-z0-9_-]{32}',
    context: ['discord_client_secret', 'discord_secret', 'discord_oauth_secret'],
    revoke: 'Discord Developer Portal > OAuth2 > Reset Secret',
  }),
];
