import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// Amplitude secret keys: 32 hex, named by context (API keys are public; `amplitude` alone is
// signal-processing vocabulary).
export const amplitudeRules: Rule[] = [
  providerRule({
    id: 'amplitude-secret-key',
    description: 'Amplitude secret key',
    provider: 'amplitude',
    body: '[a-f0-9]{32}',
    context: ['amplitude_secret', 'amplitude_api_secret'],
    keywords: nameKeywords('amplitude', ['secret', 'api']),
    revoke: 'Amplitude > Settings > Projects > API keys > rotate the secret key',
  }),
];
