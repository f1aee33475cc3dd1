import { twilioFormats } from '../../../providers/formats/twilio';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const CONSOLE = 'Twilio Console > Account > API keys & tokens';
/** `"AC…", "…"`, `AC…:…` (basic auth), or the SID at a line's end and `auth_token = …` on the next. */
const AFTER_SID = String.raw`(?![A-Za-z0-9])(?:['"]?\s{0,3}[,:]\s{0,3}['"]?|[^\n]{0,8}\n[^\n]{0,40}?(?:[aA][uU][tT][hH]|[tT][oO][kK][eE][nN]|[sS][eE][cC][rR][eE][tT])[\w.'"\]]{0,30}\s{0,3}(?:=>|[:=])\s{0,3}['"]?)`;

// Hex auth tokens have at most 4 bits per char; 3.0 still rejects `0000...` and `abab...`.
// A bare 32-hex value is anonymous; next to an Account SID (AC + 32 hex) or an API key SID
// (SK + 32 hex) it is that account's auth token or that key's secret. Code that pairs them
// imports the SDK or calls api.twilio.com, so `twilio` anywhere near is the keyword.
export const twilioRules: Rule[] = [
  ...twilioFormats.map((format) => formatRule(format, 'twilio', CONSOLE, { minEntropy: 3 })),
  providerRule({
    id: 'twilio-account-auth-token',
    description: 'Twilio auth token next to its Account SID',
    provider: 'twilio',
    lead: `(?<![A-Za-z0-9])AC[0-9a-f]{32}${AFTER_SID}`,
    body: '[0-9a-f]{32}',
    keywords: ['twilio'],
    multiline: true,
    minEntropy: 3,
    revoke: `${CONSOLE} > Auth Token > Request a secondary token, then promote it`,
  }),
  providerRule({
    id: 'twilio-api-key-secret',
    description: 'Twilio API key secret next to its SID',
    provider: 'twilio',
    lead: `(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}${AFTER_SID}`,
    body: '[A-Za-z0-9]{32}',
    keywords: ['twilio'],
    multiline: true,
    revoke: `${CONSOLE} > delete the API key and create another`,
  }),
];
