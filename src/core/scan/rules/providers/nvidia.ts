import type { Rule } from '../../types';
import { providerRule } from './build';

// NVIDIA API keys (build.nvidia.com, NGC): nvapi- and 64 base64url characters.
export const nvidiaRules: Rule[] = [
  providerRule({
    id: 'nvidia-api-key',
    description: 'NVIDIA API key',
    provider: 'nvidia',
    body: 'nvapi-[A-Za-z0-9_-]{64}',
    keywords: ['nvapi-'],
    revoke: 'build.nvidia.com or NGC > Setup > API Keys > revoke',
  }),
];
