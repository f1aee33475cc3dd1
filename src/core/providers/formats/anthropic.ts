import type { TokenFormat } from './types';

// Anthropic Console keys: sk-ant-api03- (API) or sk-ant-admin01- (Admin API),
// 93 base64url characters, then `AA`.
export const anthropicFormats: TokenFormat[] = [
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    body: 'sk-ant-api03-[A-Za-z0-9_-]{93}AA',
    keywords: ['sk-ant-api03-'],
  },
  {
    id: 'anthropic-admin-key',
    description: 'Anthropic Admin API key',
    body: 'sk-ant-admin01-[A-Za-z0-9_-]{93}AA',
    keywords: ['sk-ant-admin01-'],
  },
];
