import type { Rule } from '../../types';
import { providerRule } from './build';

// OneSignal REST API keys: os_v2_app_/os_v2_org_ and base32 since 2024; 48 base64 characters
// before, named by context.
const REVOKE = 'OneSignal dashboard > Settings > Keys & IDs > rotate';

export const onesignalRules: Rule[] = [
  providerRule({
    id: 'onesignal-api-key',
    description: 'OneSignal REST API key',
    provider: 'onesignal',
    body: 'os_v2_(?:app|org)_[a-z2-7]{80,140}',
    keywords: ['os_v2_app_', 'os_v2_org_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'onesignal-api-key-legacy',
    description: 'OneSignal REST API key (legacy)',
    provider: 'onesignal',
    body: '[A-Za-z0-9+/]{48}',
    context: ['onesignal'],
    revoke: REVOKE,
  }),
];
