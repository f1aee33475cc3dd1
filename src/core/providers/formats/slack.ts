import type { TokenFormat } from './types';

// https://api.slack.com/authentication/token-types
export const slackFormats: TokenFormat[] = [
  {
    id: 'slack-bot-token',
    description: 'Slack bot token',
    // The secret part is 24 characters in Slack's docs; shorter and longer ones circulate.
    body: 'xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{16,40}',
    keywords: ['xoxb-'],
  },
  {
    id: 'slack-legacy-bot-token',
    description: 'Slack bot token (legacy, one id)',
    body: 'xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26}',
    keywords: ['xoxb-'],
  },
  {
    id: 'slack-user-token',
    description: 'Slack user token',
    // Three ids and 32 hex today; older user tokens carry two ids and a shorter alphanumeric part.
    body: 'xox[pe]-[0-9]{10,13}-[0-9]{10,13}(?:-[0-9]{10,13})?-[A-Za-z0-9]{16,40}',
    keywords: ['xoxp-', 'xoxe-'],
  },
  {
    id: 'slack-app-token',
    description: 'Slack app-level token',
    // xapp-<version>-<app id>-<number>-<secret>; the secret is 64 hex in current tokens.
    body: 'xapp-[0-9]-[A-Za-z0-9]{8,14}-[0-9]{9,16}-[A-Za-z0-9]{32,80}',
    keywords: ['xapp-'],
  },
  {
    id: 'slack-config-token',
    description: 'Slack configuration access token',
    body: 'xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{160,170}',
    keywords: ['xoxe.xox'],
  },
  {
    id: 'slack-config-refresh-token',
    description: 'Slack configuration refresh token',
    body: 'xoxe-[0-9]-[A-Za-z0-9]{140,150}',
    keywords: ['xoxe-'],
  },
  {
    id: 'slack-legacy-token',
    description: 'Slack legacy workspace token',
    // Workspace tokens (xoxa-2-...) carry a version digit before the ids.
    body: 'xox[aors]-(?:[0-9]-)?[0-9]{8,13}-[0-9]{8,13}(?:-[0-9]{8,13})?-[A-Za-z0-9]{18,64}',
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook URL',
    body: 'https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[AB][A-Z0-9]{6,12}/(?:[0-9]{10,20}/)?[A-Za-z0-9]{23,32}',
    keywords: ['hooks.slack.com'],
  },
];
