import type { Rule } from '../../types';
import { providerRule } from './build';

// IFTTT Webhooks URLs: the key at the end lets anyone fire your applets.
export const iftttRules: Rule[] = [
  providerRule({
    id: 'ifttt-webhook-url',
    description: 'IFTTT webhook URL',
    provider: 'ifttt',
    body: String.raw`https://maker\.ifttt\.com/(?:trigger/[A-Za-z0-9_-]{1,64}/(?:json/)?)?with/key/[A-Za-z0-9_-]{22}`,
    keywords: ['maker.ifttt.com'],
    end: '(?![A-Za-z0-9_-])',
    revoke: 'ifttt.com/maker_webhooks > Settings > regenerate the key',
  }),
];
