import type { Rule } from '../../types';
import { providerRule } from './build';

// VirusTotal API keys: 64 hex, named by context.
export const virustotalRules: Rule[] = [
  providerRule({
    id: 'virustotal-api-key',
    description: 'VirusTotal API key',
    provider: 'virustotal',
    body: '[a-f0-9]{64}',
    context: ['virustotal', 'vt_api'],
    revoke: 'virustotal.com > API key > reset',
  }),
];
