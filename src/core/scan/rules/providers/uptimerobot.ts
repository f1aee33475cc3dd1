import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// UptimeRobot API keys: u (account) or m (monitor) + digits + - + 24 hex, named by context.
export const uptimerobotRules: Rule[] = [
  providerRule({
    id: 'uptimerobot-api-key',
    description: 'UptimeRobot API key',
    provider: 'uptimerobot',
    body: '[umr][0-9]{6,9}-[a-f0-9]{24}',
    context: ['uptimerobot', 'uptime_robot'],
    keywords: nameKeywords('uptime', ['robot']),
    revoke: 'UptimeRobot > Integrations & API > reset the API key',
  }),
];
