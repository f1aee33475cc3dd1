import type { TokenFormat } from './types';

// https://huggingface.co/docs/hub/security-tokens: hf_ + 34 letters; organisation API
// tokens (legacy) api_org_ + 34 letters.
export const huggingfaceFormats: TokenFormat[] = [
  {
    id: 'huggingface-access-token',
    description: 'Hugging Face access token',
    body: 'hf_[A-Za-z]{34}',
    keywords: ['hf_'],
  },
  {
    id: 'huggingface-org-token',
    description: 'Hugging Face organisation API token',
    body: 'api_org_[A-Za-z]{34}',
    keywords: ['api_org_'],
  },
];
