import type { TokenFormat } from './types';

// Anthropic Console keys: sk-ant-api03- (API) or sk-ant-admin01- (Admin API),
// 93 base64url characters, then `AA`; OAuth and session tokens carry their own prefixes.
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
  {
    // Claude Code's subscription login (`claude setup-token`, CLAUDE_CODE_OAUTH_TOKEN) and its
    // refresh token, and a claude.ai session key: the same alphabet after their own prefixes.
    id: 'anthropic-oauth-token',
    description: 'Anthropic (Claude) OAuth or session token',
    body: 'sk-ant-(?:oat|ort|sid)0[1-9]-[A-Za-z0-9_-]{80,120}',
    keywords: ['sk-ant-oat', 'sk-ant-ort', 'sk-ant-sid'],
  },
];
