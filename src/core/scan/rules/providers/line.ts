import type { Rule } from '../../types';
import { providerRule } from './build';

// LINE Messaging API channel access tokens (~172 base64), channel secrets (32 hex) and LINE Notify
// tokens (43), named by context.
export const lineRules: Rule[] = [
  providerRule({
    id: 'line-channel-credential',
    description: 'LINE channel access token or secret',
    provider: 'line',
    body: '[A-Za-z0-9+/]{160,180}={0,2}|[a-f0-9]{32}|[A-Za-z0-9]{43}',
    context: ['line_channel', 'line_notify', 'line_messaging'],
    revoke: 'LINE Developers console > Channel > reissue the token or secret',
  }),
];
