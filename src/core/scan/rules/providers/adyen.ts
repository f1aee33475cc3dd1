import type { Rule } from '../../types';
import { providerRule } from './build';

// Adyen API keys: AQE, an id and a dot-separated base64url part (client keys, test_/live_, are
// public).
export const adyenRules: Rule[] = [
  providerRule({
    id: 'adyen-api-key',
    description: 'Adyen API key',
    provider: 'adyen',
    body: String.raw`AQE[A-Za-z0-9]{5,100}\.[A-Za-z0-9_=-]{50,80}`,
    keywords: ['aqe'],
    revoke: 'Adyen Customer Area > Developers > API credentials > generate a new API key',
  }),
];
