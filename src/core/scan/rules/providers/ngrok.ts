import type { Rule } from '../../types';
import { providerRule } from './build';

// ngrok authtokens and API keys: 2 + 26 alphanumerics + _ + a digit + 20 alphanumerics, named by
// context or by the CLI flag.
const REVOKE = 'dashboard.ngrok.com > Authtokens or API keys > delete';

export const ngrokRules: Rule[] = [
  providerRule({
    id: 'ngrok-token',
    description: 'ngrok authtoken or API key',
    provider: 'ngrok',
    body: '2[A-Za-z0-9]{26}_[0-9][A-Za-z0-9]{20}',
    context: ['ngrok'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'ngrok-token-argument',
    description: 'ngrok authtoken',
    provider: 'ngrok',
    lead: String.raw`(?:add-authtoken|--authtoken[= ])\s{0,3}['"]?`,
    body: '2[A-Za-z0-9]{26}_[0-9][A-Za-z0-9]{20}',
    keywords: ['authtoken'],
    revoke: REVOKE,
  }),
];
