import type { Rule } from '../../types';
import { providerRule } from './build';

// ElevenLabs API keys (the xi-api-key header): sk_ and 48 hex today, 32 hex before; named by
// context.
export const elevenlabsRules: Rule[] = [
  providerRule({
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key',
    provider: 'elevenlabs',
    body: 'sk_[a-f0-9]{48}|[a-f0-9]{32}',
    context: ['elevenlabs', 'eleven_labs', 'xi_api_key'],
    revoke: 'elevenlabs.io > Profile > API keys > delete',
  }),
];
