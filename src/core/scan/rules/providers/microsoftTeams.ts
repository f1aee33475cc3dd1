import type { Rule } from '../../types';
import { providerRule } from './build';

// Teams incoming webhook URLs under *.webhook.office.com.
export const microsoftTeamsRules: Rule[] = [
  providerRule({
    id: 'microsoft-teams-webhook-url',
    description: 'Microsoft Teams incoming webhook URL',
    provider: 'microsoft-teams',
    body: String.raw`https://[a-z0-9-]{1,60}\.webhook\.office\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]{40,50})?`,
    keywords: ['webhook.office.com'],
    revoke: 'Teams channel > Connectors (or Workflows) > remove the webhook',
  }),
];
