import type { Rule } from '../../types';
import { providerRule } from './build';

// Zapier catch hooks: the URL is the credential.
export const zapierRules: Rule[] = [
  providerRule({
    id: 'zapier-webhook-url',
    description: 'Zapier webhook URL',
    provider: 'zapier',
    body: String.raw`https://hooks\.zapier\.com/hooks/catch/[0-9]{5,10}/[a-z0-9]{5,10}/?`,
    keywords: ['hooks.zapier.com'],
    end: '(?![A-Za-z0-9])',
    revoke: 'Zapier > the Zap > Webhooks trigger > regenerate the URL',
  }),
];
